/// English verb inflection for the lexicon files: the regular forms of a verb.
enum Inflection {
    /// The third person singular, the past and the present participle of `verb`, made by the
    /// regular rules: `note` → notes, noted, noting; `deny` → denies, denied, denying;
    /// `stress` → stresses, stressed, stressing; `agree` → agrees, agreed, agreeing. Verbs that
    /// double their last consonant (`admit`, `quip`) or are irregular are listed in full in
    /// the data files.
    static func regular(_ verb: String) -> [String] {
        let scalars = Array(verb.unicodeScalars)
        guard let last = scalars.last else { return [] }
        let vowels: Set<Unicode.Scalar> = ["a", "e", "i", "o", "u"]
        let stem = String(String.UnicodeScalarView(scalars.dropLast()))
        if last == "e" {
            let keepsE = scalars.count >= 2 && scalars[scalars.count - 2] == "e"
            return [verb + "s", verb + "d", (keepsE ? verb : stem) + "ing"]
        }
        if last == "y", scalars.count >= 2, !vowels.contains(scalars[scalars.count - 2]) {
            return [stem + "ies", stem + "ied", verb + "ing"]
        }
        if last == "s" || last == "x" || last == "z" || verb.hasSuffix("sh") || verb.hasSuffix("ch") {
            return [verb + "es", verb + "ed", verb + "ing"]
        }
        return [verb + "s", verb + "ed", verb + "ing"]
    }
}
