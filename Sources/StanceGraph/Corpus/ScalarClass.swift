/// Character classes for the hot paths, answered without a Unicode table look-up for ASCII,
/// which is nearly all of English news text.
enum ScalarClass {
    /// A letter, or a nonspacing mark, which belongs to the word it sits in ("e" and U+0301
    /// in decomposed text): words end where statement ids end them (``StatementID/words(_:)``).
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        return Beyond.isLetterOrMark(scalar)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x30 < 10
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x41 < 26 }
        return Beyond.isUppercase(scalar)
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 0x61 < 26 }
        return Beyond.isLowercase(scalar)
    }

    /// ASCII space, tab, newline or carriage return, or any other Unicode white space.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" : Beyond.isWhitespace(scalar)
    }

    @inline(__always)
    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) || isDigit(scalar)
    }

    /// Unicode's properties for scalars beyond ASCII, out of line: inlined, reading a scalar's
    /// properties costs every caller a type metadata look-up and a stack allocation on each
    /// call, ASCII or not.
    private enum Beyond {
        @inline(never) static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
            // General Punctuation (dashes, curly quotes, spaces) holds neither.
            if scalar.value &- 0x2000 < 0x70 { return false }
            let properties = scalar.properties
            return properties.isAlphabetic || properties.generalCategory == .nonspacingMark
        }
        @inline(never) static func isUppercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }
        @inline(never) static func isLowercase(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }
        @inline(never) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    }

    /// The byte `byte` with A to Z lowered; every other byte as it is.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}

extension StringProtocol {
    /// Whether the text is all ASCII, read from its contiguous UTF-8 (iterating `utf8` one
    /// byte at a time costs several times more).
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? utf8.allSatisfy { $0 < 0x80 }
    }
}

extension String {
    /// The text's letters, digits and single spaces, lower-cased: "Get the Mirror!" → "get the mirror".
    var lettersAndDigits: String {
        String(scalars: unicodeScalars.compactMap(Self.letterOrDigitFold))
    }

    /// What ``lettersAndDigits`` keeps of `scalar`: a letter or digit (ASCII capitals
    /// lowered) or a space; nil for anything else.
    @inline(__always)
    static func letterOrDigitFold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        if ScalarClass.isLetterOrDigit(scalar) {
            return scalar.value < 0x80 && ScalarClass.isUppercase(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        return scalar == " " ? scalar : nil
    }
}
