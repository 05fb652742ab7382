/// Countries beyond the registry, so that an unknown speaker ("Swedish Foreign Minister Ann
/// Linde", "India's Ministry of External Affairs") still gets a country. The registry's own
/// states come first and override these.
enum Gazetteer {
    /// Each country as a state ``Actor`` (not ``Actor/isKnown``: the user has not added it).
    static let countries: [Actor] = table.split(separator: "\n").map { line in
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let list = { (field: String) in field.split(separator: ",").map { String($0) } }
        return Actor(id: fields[0], name: fields[1], kind: .state, aliases: list(fields[4]),
                     adjectives: list(fields[2]), capital: fields[3], isKnown: false)
    }

    /// id|name|adjectives|capital|aliases
    private static let table = """
        afghanistan|Afghanistan|Afghan|Kabul|
        albania|Albania|Albanian|Tirana|
        algeria|Algeria|Algerian|Algiers|
        argentina|Argentina|Argentine,Argentinian|Buenos Aires|
        australia|Australia|Australian|Canberra|
        austria|Austria|Austrian|Vienna|
        bahrain|Bahrain|Bahraini|Manama|
        bangladesh|Bangladesh|Bangladeshi|Dhaka|
        belarus|Belarus|Belarusian|Minsk|
        belgium|Belgium|Belgian|Brussels|
        bosnia|Bosnia and Herzegovina|Bosnian|Sarajevo|Bosnia
        brazil|Brazil|Brazilian|Brasilia|
        bulgaria|Bulgaria|Bulgarian|Sofia|
        canada|Canada|Canadian|Ottawa|
        chile|Chile|Chilean|Santiago|
        china|China|Chinese|Beijing|People's Republic of China,PRC
        colombia|Colombia|Colombian|Bogota|
        croatia|Croatia|Croatian|Zagreb|
        cyprus|Cyprus|Cypriot|Nicosia|
        czechia|Czech Republic|Czech|Prague|Czechia
        denmark|Denmark|Danish|Copenhagen|
        egypt|Egypt|Egyptian|Cairo|
        estonia|Estonia|Estonian|Tallinn|
        ethiopia|Ethiopia|Ethiopian|Addis Ababa|
        finland|Finland|Finnish|Helsinki|
        germany|Germany|German|Berlin|Federal Republic of Germany
        greece|Greece|Greek|Athens|
        hungary|Hungary|Hungarian|Budapest|
        india|India|Indian|New Delhi|
        indonesia|Indonesia|Indonesian|Jakarta|
        iraq|Iraq|Iraqi|Baghdad|
        ireland|Ireland|Irish|Dublin|
        israel|Israel|Israeli|Jerusalem|
        italy|Italy|Italian|Rome|
        japan|Japan|Japanese|Tokyo|
        jordan|Jordan|Jordanian|Amman|
        kazakhstan|Kazakhstan|Kazakh|Astana|
        kenya|Kenya|Kenyan|Nairobi|
        kuwait|Kuwait|Kuwaiti|Kuwait City|
        kyrgyzstan|Kyrgyzstan|Kyrgyz|Bishkek|
        latvia|Latvia|Latvian|Riga|
        lebanon|Lebanon|Lebanese|Beirut|
        libya|Libya|Libyan|Tripoli|
        lithuania|Lithuania|Lithuanian|Vilnius|
        luxembourg|Luxembourg|Luxembourgish|Luxembourg City|
        malaysia|Malaysia|Malaysian|Kuala Lumpur|
        mexico|Mexico|Mexican|Mexico City|
        moldova|Moldova|Moldovan|Chisinau|
        morocco|Morocco|Moroccan|Rabat|
        netherlands|Netherlands|Dutch|Amsterdam|Holland,The Netherlands
        new-zealand|New Zealand|New Zealand|Wellington|
        nigeria|Nigeria|Nigerian|Abuja|
        north-korea|North Korea|North Korean|Pyongyang|DPRK
        norway|Norway|Norwegian|Oslo|
        oman|Oman|Omani|Muscat|
        pakistan|Pakistan|Pakistani|Islamabad|
        palestine|Palestine|Palestinian|Ramallah|
        philippines|Philippines|Filipino,Philippine|Manila|
        poland|Poland|Polish|Warsaw|
        portugal|Portugal|Portuguese|Lisbon|
        qatar|Qatar|Qatari|Doha|
        romania|Romania|Romanian|Bucharest|
        saudi-arabia|Saudi Arabia|Saudi|Riyadh|
        serbia|Serbia|Serbian|Belgrade|
        slovakia|Slovakia|Slovak|Bratislava|
        slovenia|Slovenia|Slovenian|Ljubljana|
        south-africa|South Africa|South African|Pretoria|
        south-korea|South Korea|South Korean|Seoul|Republic of Korea
        spain|Spain|Spanish|Madrid|
        sweden|Sweden|Swedish|Stockholm|
        switzerland|Switzerland|Swiss|Bern|
        syria|Syria|Syrian|Damascus|
        tajikistan|Tajikistan|Tajik|Dushanbe|
        thailand|Thailand|Thai|Bangkok|
        tunisia|Tunisia|Tunisian|Tunis|
        turkmenistan|Turkmenistan|Turkmen|Ashgabat|
        ukraine|Ukraine|Ukrainian|Kyiv|
        united-arab-emirates|United Arab Emirates|Emirati|Abu Dhabi|UAE
        united-kingdom|United Kingdom|British|London|UK,U.K.,Britain,Great Britain
        uzbekistan|Uzbekistan|Uzbek|Tashkent|
        venezuela|Venezuela|Venezuelan|Caracas|
        vietnam|Vietnam|Vietnamese|Hanoi|
        yemen|Yemen|Yemeni|Sanaa|
        """
}
