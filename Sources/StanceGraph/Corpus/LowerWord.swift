/// A word in lower case as a plain value: its UTF-8 bytes held inline, its length, and the
/// hash and filter bit that ``WordSet`` looks words up by, all worked out once.
///
/// The rules ask of nearly every token whether it is "that", a comma, a cue verb or one of a
/// dozen word lists. Asked of a `String`, each question copies it (a reference count taken
/// and dropped) and hashes its bytes again; asked of a `LowerWord`, it is a comparison of
/// bytes already in registers, and most set look-ups end at the filter bit.
///
/// The first ``capacity`` bytes are kept, and the last eight. A longer word (a URL, a long
/// compound) is told apart from another of the same length by those bytes and its 64-bit
/// hash: two such words could only be confused if they also had the same hash.
struct LowerWord: Hashable, Sendable, CustomStringConvertible {
    /// How many bytes are held inline: more than any word of the rules' lists.
    static var capacity: Int { 32 }

    private var head: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The last eight bytes, the last byte lowest: for ``hasSuffix(_:)`` at any length.
    private var tail: UInt64 = 0
    /// The length in UTF-8 bytes.
    let count: Int
    /// ``WordSet``'s hash of all the bytes.
    let hash: Int
    /// ``WordSet``'s filter bit, from the length and the first and last bytes.
    let filterBit: Int

    /// The word spelt by `bytes`, as it is (the caller has lowered it).
    @inline(__always)
    init(_ bytes: some Collection<UInt8>) {
        var count = 0
        var hash = WordSet.hashSeed
        var head: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var tail: UInt64 = 0
        var first: UInt8 = 0, last: UInt8 = 0
        withUnsafeMutableBytes(of: &head) { head in
            for byte in bytes {
                if count < Self.capacity { head[count] = byte }
                if count == 0 { first = byte }
                last = byte
                hash = WordSet.hashStep(hash, byte)
                tail = tail << 8 | UInt64(byte)
                count += 1
            }
        }
        self.head = head
        self.tail = tail
        self.count = count
        self.hash = WordSet.finalHash(hash)
        self.filterBit = count == 0 ? 0 : WordSet.filterBit(count: count, first: first, last: last)
    }

    /// The word spelt by ASCII `scalars`, with A to Z lowered.
    @inline(__always)
    init(loweringASCII scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) {
        self.init(scalars.lazy.map { ScalarClass.lowered(UInt8(truncatingIfNeeded: $0.value)) })
    }

    /// The word `text`, as it is.
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { LowerWord($0) }
    }

    /// The word spelt by `scalars`, in lower case as ``ScalarText/lowercased(_:)`` has it;
    /// `isASCII`, when the caller knows, says whether they are all ASCII.
    @inline(__always)
    init(lowering scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, isASCII: Bool? = nil) {
        self = isASCII ?? scalars.allSatisfy(\.isASCII)
            ? LowerWord(loweringASCII: scalars) : LowerWord(ScalarText.lowercased(ArraySlice(scalars)))
    }

    /// Whether the word has more bytes than are held inline.
    var isLong: Bool { count > Self.capacity }

    /// The inline bytes: the whole word unless it ``isLong``.
    func withHead<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBytes(of: head) { body(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self).prefix(min(count, Self.capacity)))) }
    }

    /// Whether the word is spelt by `bytes` (see the type's note on long words); `hash`, when
    /// the caller has it, is the hash of `bytes`.
    func equals(_ bytes: UnsafeBufferPointer<UInt8>, hash: Int? = nil) -> Bool {
        guard bytes.count == count else { return false }
        let same = withHead { head in head.indices.allSatisfy { head[$0] == bytes[$0] } }
        guard same, isLong else { return same }
        return tail == bytes.suffix(8).reduce(0) { $0 << 8 | UInt64($1) } && self.hash == (hash ?? WordSet.hash(bytes))
    }

    /// Whether the word is `text`.
    func equals(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { equals($0) }
    }

    /// Whether the word is the literal `text`: read in place, with no String made or copied.
    static func == (word: LowerWord, text: StaticString) -> Bool {
        guard text.hasPointerRepresentation else { return word.equals(text.description) }
        return word.equals(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    static func != (word: LowerWord, text: StaticString) -> Bool {
        !(word == text)
    }

    /// Two words are the same word (see the type's note on long words).
    static func == (left: LowerWord, right: LowerWord) -> Bool {
        left.count == right.count && left.hash == right.hash && left.tail == right.tail && left.head == right.head
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(hash)
    }

    /// Whether the word ends with `suffix`, of up to eight bytes.
    func hasSuffix(_ suffix: String) -> Bool {
        var suffix = suffix
        return suffix.withUTF8 { bytes in
            precondition(bytes.count <= 8, "a LowerWord keeps its last eight bytes")
            guard bytes.count <= count else { return false }
            guard !bytes.isEmpty else { return true }
            let mask: UInt64 = bytes.count == 8 ? ~0 : (1 << (8 * UInt64(bytes.count))) - 1
            return tail & mask == bytes.reduce(0) { $0 << 8 | UInt64($1) }
        }
    }

    var description: String {
        withHead { String(decoding: $0, as: UTF8.self) } + (isLong ? "…" : "")
    }
}
