/// Strings made from runs of Unicode scalars without going through `UnicodeScalarView`,
/// which appends (and re-validates) one scalar at a time. Reading builds a String for every
/// line, paragraph, sentence, token and name, so this is on the hot path.
extension String {
    /// The scalars `scalars` as a String.
    @inline(__always)
    init(scalars: ArraySlice<Unicode.Scalar>) {
        var bytes = 0
        for scalar in scalars {
            let value = scalar.value
            bytes += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        guard bytes > 0 else {
            self = ""
            return
        }
        self = String(unsafeUninitializedCapacity: bytes) { buffer in
            var at = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[at] = UInt8(truncatingIfNeeded: value)
                    at += 1
                } else if value < 0x800 {
                    buffer[at] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                    buffer[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 2
                } else if value < 0x10000 {
                    buffer[at] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                    buffer[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[at + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 3
                } else {
                    buffer[at] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                    buffer[at + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                    buffer[at + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                    buffer[at + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    at += 4
                }
            }
            return at
        }
    }

    @inline(__always)
    init(scalars: [Unicode.Scalar]) {
        self.init(scalars: scalars[...])
    }
}

extension Array where Element == Unicode.Scalar {
    /// The scalars of `text`, decoded straight from its UTF-8.
    init(scalarsOf text: some StringProtocol) {
        var text = String(text)
        self = text.withUTF8 { UTF8Decoding.scalars($0) }
    }
}

enum UTF8Decoding {
    /// The scalars of valid UTF-8 `bytes`, each passed through ``TextNormalizer/normalize(_:)``
    /// when `normalizing`: a constant where this is inlined, so the call is made inline too.
    @inline(__always)
    static func scalars(_ bytes: UnsafeBufferPointer<UInt8>, normalizing: Bool = false) -> [Unicode.Scalar] {
        @inline(__always) func transform(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            normalizing ? TextNormalizer.normalize(scalar) : scalar
        }
        if !normalizing, bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII, nearly all text: each byte is a scalar.
            return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
                for index in 0..<bytes.count { out.initializeElement(at: index, to: Unicode.Scalar(bytes[index])) }
                count = bytes.count
            }
        }
        return [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, count in
            var index = 0
            var at = 0
            let end = bytes.count
            while index < end {
                let lead = bytes[index]
                if lead < 0x80 {
                    // ASCII, nearly all of it: always a scalar.
                    out.initializeElement(at: at, to: transform(Unicode.Scalar(lead)))
                    at += 1
                    index += 1
                    continue
                }
                var value: UInt32
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                out.initializeElement(at: at, to: transform(Unicode.Scalar(value) ?? "\u{FFFD}"))
                at += 1
            }
            count = at
        }
    }
}

/// A text with its scalars decoded once, for making Strings of runs of its scalars.
struct DecodedText {
    let text: String
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        self.text = text
        scalars = [Unicode.Scalar](scalarsOf: text)
    }

    /// Scalars `range` as a String (see ``ScalarText/string(_:of:scalars:isASCII:)``).
    func string(_ range: Range<Int>) -> String {
        // As many scalars as bytes: each is one byte, ASCII.
        ScalarText.string(range, of: text, scalars: scalars, isASCII: scalars.count == text.utf8.count)
    }
}

enum ScalarText {
    /// `text.lowercased()`: ASCII text, nearly all, lowered byte by byte without the Unicode
    /// machinery.
    static func lowercased(_ text: String) -> String {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return text }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (at, byte) in bytes.enumerated() { buffer[at] = ScalarClass.lowered(byte) }
                return bytes.count
            }
        }
    }

    /// `text.contains(other)` as Foundation answers it (never for an empty `other`): for ASCII
    /// texts, nearly all, by comparing bytes.
    static func contains(_ text: String, _ other: String) -> Bool {
        guard text.isASCII, other.isASCII else { return text.contains(other) }
        var text = text, other = other
        return text.withUTF8 { text in
            other.withUTF8 { other in
                guard let first = other.first, other.count <= text.count else { return false }
                for start in 0...(text.count - other.count) where text[start] == first {
                    if (1..<other.count).allSatisfy({ text[start + $0] == other[$0] }) { return true }
                }
                return false
            }
        }
    }

    /// The scalars `range` of `text`, whose scalars are `scalars`, as a String: sliced from
    /// the text's UTF-8 when it `isASCII` (a copy of bytes), else encoded from the scalars.
    static func string(_ range: Range<Int>, of text: String, scalars: [Unicode.Scalar], isASCII: Bool) -> String {
        guard isASCII else { return String(scalars: scalars[range]) }
        var text = text
        return text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// The scalars `scalars` in lower case, as a String. ASCII, nearly all text, is lowered as
    /// it is written into the String, in one pass.
    @inline(__always)
    static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else {
            let text = String(scalars: scalars)
            return scalars.contains(where: ScalarClass.isUppercase) ? text.lowercased() : text
        }
        guard !scalars.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var at = 0
            for scalar in scalars {
                buffer[at] = ScalarClass.lowered(UInt8(truncatingIfNeeded: scalar.value))
                at += 1
            }
            return at
        }
    }
}
