extension StringProtocol {
    /// The text without white space (and newlines) at either end.
    func trimmed() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// The text with every `target` scalar replaced by `replacement`. Scalar by scalar, not
    /// character by character: a quote mark followed by a combining mark is one Character,
    /// which `replacing(_:with:)` would leave unescaped.
    public func replacingScalars(_ target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return self }
        var out = String()
        out.reserveCapacity(utf8.count + 8)
        for scalar in unicodeScalars {
            if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
