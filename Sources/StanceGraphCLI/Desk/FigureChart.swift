import Foundation
import StanceGraph

/// A series of claimed figures as an SVG chart: value against a proportional time axis,
/// each claim a point, a revision (another value, from another report) ringed in red.
enum FigureChart {
    static let width = 640.0, height = 200.0
    static let left = 56.0, right = 16.0, top = 24.0, bottom = 34.0

    /// The most points a chart draws; a longer series is drawn through evenly spaced claims,
    /// its first, last, highest and lowest always among them.
    static let maximumPoints = 240

    static func svg(_ claims: [FigureSeries.Claim]) -> String {
        let dated = thinned(claims.filter { $0.date != nil })
        guard !dated.isEmpty else { return "<p class=\"hint\">No claim of this series is dated, so there is no chart.</p>" }
        var first = dated.map { $0.date!.ordinal }.min()!, last = dated.map { $0.date!.ordinal }.max()!
        if first == last { first -= 1; last += 1 }
        let highest = max(1, dated.map(\.value).max()!)
        let ceiling = niceCeiling(Double(highest))
        func x(_ day: Day) -> Double { left + (Double(day.ordinal - first) / Double(last - first)) * (width - left - right) }
        func y(_ value: Int) -> Double { top + (1 - Double(value) / ceiling) * (height - top - bottom) }
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"claimed values over time\">"
        // The value axis: 0, half and the top, with light grid lines.
        for fraction in [0.0, 0.5, 1.0] {
            let value = Int(ceiling * fraction)
            let at = y(value)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(at))\" x2=\"\(f(width - right))\" y2=\"\(f(at))\" class=\"grid\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(at + 4))\" text-anchor=\"end\">\(grouped(value))</text>"
        }
        // The time axis: proportional, ticked at month starts (or at the two ends when short).
        let ticks = monthTicks(from: first, to: last)
        for tick in ticks {
            let at = x(tick)
            svg += "<line x1=\"\(f(at))\" y1=\"\(f(height - bottom))\" x2=\"\(f(at))\" y2=\"\(f(height - bottom + 5))\" class=\"axis\"/>"
            svg += "<text x=\"\(f(at))\" y=\"\(f(height - bottom + 18))\" text-anchor=\"middle\">\(tick.description.prefix(ticks.count > 2 ? 7 : 10))</text>"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\" class=\"axis\"/>"
        let points = dated.map { "\(f(x($0.date!))),\(f(y($0.value)))" }.joined(separator: " ")
        svg += "<polyline points=\"\(points)\" class=\"line\"/>"
        var previous: FigureSeries.Claim?
        for claim in dated {
            let revised = previous.map { $0.value != claim.value && $0.article != claim.article } ?? false
            let title = "\(claim.date!): \(grouped(claim.value))" + (revised ? " (revised from \(grouped(previous!.value)))" : "")
            svg += "<circle cx=\"\(f(x(claim.date!)))\" cy=\"\(f(y(claim.value)))\" r=\"4\" class=\"point\"><title>\(HTML.escape(title))</title></circle>"
            if revised { svg += "<circle cx=\"\(f(x(claim.date!)))\" cy=\"\(f(y(claim.value)))\" r=\"8\" class=\"revision\"/>" }
            // The value beside its point, readable on paper; kept inside the frame at the right end.
            let anchor = x(claim.date!) > width - right - 40 ? "end" : "start"
            svg += "<text x=\"\(f(x(claim.date!) + (anchor == "end" ? -10 : 10)))\" y=\"\(f(y(claim.value) - 8))\" text-anchor=\"\(anchor)\" class=\"value\">\(grouped(claim.value))</text>"
            previous = claim
        }
        return svg + "</svg>"
    }

    static func thinned(_ claims: [FigureSeries.Claim]) -> [FigureSeries.Claim] {
        guard claims.count > maximumPoints else { return claims }
        var keep = Set(stride(from: 0, to: claims.count, by: max(1, claims.count / (maximumPoints - 4))))
        keep.insert(claims.count - 1)
        if let high = claims.indices.max(by: { claims[$0].value < claims[$1].value }) { keep.insert(high) }
        if let low = claims.indices.min(by: { claims[$0].value < claims[$1].value }) { keep.insert(low) }
        return keep.sorted().map { claims[$0] }
    }

    /// The first day of each month between two ordinals, thinned to at most eight; the two
    /// ends when the span holds fewer than two.
    static func monthTicks(from first: Int, to last: Int) -> [Day] {
        var ticks: [Day] = []
        var day = Day(ordinal: first)
        var month = Day(year: day.year, month: day.month, day: 1)
        while let current = month, current.ordinal <= last {
            if current.ordinal >= first { ticks.append(current) }
            month = current.month == 12 ? Day(year: current.year + 1, month: 1, day: 1) : Day(year: current.year, month: current.month + 1, day: 1)
        }
        if ticks.count < 2 {
            day = Day(ordinal: first)
            return [day, Day(ordinal: last)]
        }
        let step = (ticks.count + 7) / 8
        return ticks.enumerated().filter { $0.offset % step == 0 }.map(\.element)
    }

    /// 1, 2 or 5 times a power of ten, at least `value`.
    static func niceCeiling(_ value: Double) -> Double {
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * power >= value { return factor * power }
        return 10 * power
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// 2783 as "2,783".
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
