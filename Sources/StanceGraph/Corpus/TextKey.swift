/// A String as a dictionary key, hashed by the FNV-1a hash of its UTF-8 worked out once.
///
/// Swift hashes a String with SipHash over its normalised bytes on every look-up, several
/// hundred instructions for a name; a `TextKey` feeds the hasher one integer. Two keys are
/// equal when their hashes are and their Strings are, so equal keys always hash alike.
struct TextKey: Hashable, Sendable {
    let text: String
    private let fnv: Int

    init(_ text: String) {
        var text = text
        fnv = text.withUTF8(WordSet.hash)
        self.text = text
    }

    static func == (left: TextKey, right: TextKey) -> Bool {
        left.fnv == right.fnv && left.text == right.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fnv)
    }
}
