/// A fixed set of lower-case ASCII phrases, found anywhere in a text in one pass over its
/// bytes, without regard to ASCII case. A bitmap of the phrases' first two bytes rules out
/// most positions before any phrase is compared.
struct PhraseSearch: Sendable {
    private let phrases: [[UInt8]]
    /// The phrases by their first byte, as indices into `phrases`.
    private let byFirstByte: [[Int]]
    /// One bit for each pair of bytes, set when a phrase starts with that pair.
    private let starts: [UInt64]

    /// - Parameter phrases: lower-case ASCII, two bytes or longer.
    init(_ phrases: [String]) {
        precondition(phrases.allSatisfy { $0.utf8.count >= 2 && $0.isASCII && $0 == $0.lowercased() },
                     "phrases are lower-case ASCII of two bytes or more")
        self.phrases = phrases.map { Array($0.utf8) }
        var byFirstByte = [[Int]](repeating: [], count: 256)
        var starts = [UInt64](repeating: 0, count: 1024)
        for (index, phrase) in self.phrases.enumerated() {
            byFirstByte[Int(phrase[0])].append(index)
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            starts[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        self.byFirstByte = byFirstByte
        self.starts = starts
    }

    /// Whether one of the phrases occurs in `text`, in any case.
    func occurs(in text: String) -> Bool {
        // Outside ASCII, lower-casing can make ASCII letters (the Kelvin sign is "k").
        var text = text.isASCII ? text : text.lowercased()
        return text.withUTF8(occurs(in:))
    }

    /// Whether one of the phrases occurs in `bytes`, with A to Z read as a to z.
    func occurs(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 2 else { return false }
        return starts.withUnsafeBufferPointer { starts in
            var next = ScalarClass.lowered(bytes[0])
            for index in 0..<(bytes.count - 1) {
                let byte = next
                next = ScalarClass.lowered(bytes[index + 1])
                let pair = Int(byte) << 8 | Int(next)
                guard starts[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                if matches(at: index, first: byte, in: bytes) { return true }
            }
            return false
        }
    }

    /// Whether a phrase starting with `first` starts at `index` of `bytes`: the rare case,
    /// after the bitmap let the pair of bytes through.
    private func matches(at index: Int, first: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for candidate in byFirstByte[Int(first)] {
            let phrase = phrases[candidate]
            guard index + phrase.count <= bytes.count else { continue }
            var matched = 1
            while matched < phrase.count, ScalarClass.lowered(bytes[index + matched]) == phrase[matched] { matched += 1 }
            if matched == phrase.count { return true }
        }
        return false
    }
}
