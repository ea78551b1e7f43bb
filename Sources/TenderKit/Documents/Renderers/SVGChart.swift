/// Draws a `Chart` as inline SVG: no script, no external font or image, text escaped.
enum SVGChart {
    static func render(_ chart: Chart) -> String {
        switch chart {
        case .stackedBars(let bars): StackedBarsSVG(bars: bars).render()
        case .spread(let spread): ScoreSpreadSVG(spread: spread).render()
        }
    }

    /// Colours for criteria, distinguishable in print and by most colour-blind readers.
    static let palette = [
        "#1f4e79", "#e07b39", "#3a923a", "#8e5ea2", "#c23b3b", "#2a9d8f", "#b08d1a", "#6b7280",
    ]

    /// A label cut to `limit` characters with an ellipsis, so it fits its column (the full text
    /// stays in the element's tooltip).
    static func label(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// A coordinate with one decimal: enough for print, and the same text on every run.
    static func number(_ value: Double) -> String {
        NumberText.fixed(value, 1)
    }
}

/// One bar per submission, split into its points by criterion, with the funding line or winner.
struct StackedBarsSVG {
    let bars: Chart.StackedBars
    let width = 760.0
    let labelWidth = 210.0
    let barHeight = 18.0
    let gap = 8.0
    let top = 30.0

    var plotWidth: Double { width - labelWidth - 70 }

    func x(_ value: Double) -> Double {
        labelWidth + (bars.maximum > 0 ? value / bars.maximum : 0) * plotWidth
    }

    func render() -> String {
        let legendTop = top + Double(bars.items.count) * (barHeight + gap) + 24
        let legendRows = (bars.segmentNames.count + 2) / 3
        let height = legendTop + Double(legendRows) * 18 + 6
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded(.up)))\" role=\"img\" aria-label=\"\(escaped(bars.title))\">"
        svg += "<title>\(escaped(bars.title))</title>"
        svg +=
            "<text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"600\" fill=\"#1d2433\">\(escaped(bars.title))</text>"
        svg += grid(bottom: legendTop - 20)
        for (index, item) in bars.items.enumerated() {
            svg += bar(item, at: top + Double(index) * (barHeight + gap))
        }
        if let after = bars.lineAfter, after < bars.items.count - 1 {
            svg += fundingLine(after: after)
        }
        svg += legend(top: legendTop)
        return svg + "</svg>"
    }

    private func grid(bottom: Double) -> String {
        stride(from: 0.0, through: bars.maximum, by: max(bars.maximum / 5, 1)).map { tick in
            let position = SVGChart.number(x(tick))
            return
                "<line x1=\"\(position)\" y1=\"\(SVGChart.number(top - 6))\" x2=\"\(position)\" y2=\"\(SVGChart.number(bottom))\" stroke=\"#e5e7eb\"/>"
                + "<text x=\"\(position)\" y=\"\(SVGChart.number(bottom + 12))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#5b6472\">\(NumberText.plain(tick))</text>"
        }.joined()
    }

    private func bar(_ item: (label: String, segments: [Double], highlighted: Bool), at y: Double)
        -> String
    {
        let weight = item.highlighted ? " font-weight=\"700\"" : ""
        var svg =
            "<text x=\"\(SVGChart.number(labelWidth - 8))\" y=\"\(SVGChart.number(y + 13))\" font-size=\"11\" text-anchor=\"end\" fill=\"#1d2433\"\(weight)><title>\(escaped(item.label))</title>\(escaped(SVGChart.label(item.label, limit: 30)))</text>"
        var start = 0.0
        for (index, value) in item.segments.enumerated() where value > 0 {
            let name = index < bars.segmentNames.count ? bars.segmentNames[index] : ""
            svg +=
                "<rect x=\"\(SVGChart.number(x(start)))\" y=\"\(SVGChart.number(y))\" width=\"\(SVGChart.number(x(start + value) - x(start)))\" height=\"\(SVGChart.number(barHeight))\" fill=\"\(SVGChart.palette[index % SVGChart.palette.count])\"><title>\(escaped(name)): \(NumberText.fixed(value, 2))</title></rect>"
            start += value
        }
        let mark = item.highlighted ? " ★" : ""
        svg +=
            "<text x=\"\(SVGChart.number(x(start) + 5))\" y=\"\(SVGChart.number(y + 13))\" font-size=\"10\" fill=\"#1d2433\"\(weight)>\(NumberText.fixed(start, 2))\(mark)</text>"
        return svg
    }

    private func fundingLine(after index: Int) -> String {
        let y = SVGChart.number(top + Double(index + 1) * (barHeight + gap) - gap / 2)
        let label = escaped(bars.lineLabel ?? "")
        return
            "<line x1=\"0\" y1=\"\(y)\" x2=\"\(Int(width))\" y2=\"\(y)\" stroke=\"#9a3412\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            + "<text x=\"\(Int(width) - 2)\" y=\"\(y)\" dy=\"-3\" font-size=\"9\" text-anchor=\"end\" fill=\"#9a3412\">\(label)</text>"
    }

    private func legend(top: Double) -> String {
        bars.segmentNames.enumerated().map { index, name in
            let column = Double(index % 3)
            let row = Double(index / 3)
            let x = column * (width / 3)
            let y = top + row * 18
            return
                "<rect x=\"\(SVGChart.number(x))\" y=\"\(SVGChart.number(y))\" width=\"10\" height=\"10\" fill=\"\(SVGChart.palette[index % SVGChart.palette.count])\"/>"
                + "<text x=\"\(SVGChart.number(x + 14))\" y=\"\(SVGChart.number(y + 9))\" font-size=\"10\" fill=\"#1d2433\"><title>\(escaped(name))</title>\(escaped(SVGChart.label(name, limit: 40)))</text>"
        }.joined()
    }
}

/// Each evaluator's score as a dot on the scale, one row per (submission, criterion), with the
/// consensus marked and rows whose spread exceeded `maxSpread` shaded.
struct ScoreSpreadSVG {
    let spread: Chart.ScoreSpread
    let width = 760.0
    let labelWidth = 300.0
    let rowHeight = 20.0
    let top = 40.0

    /// The width of the scale, when it can be drawn (positive and finite).
    var range: Double? {
        let range = spread.scaleMax - spread.scaleMin
        return range > 0 && range.isFinite ? range : nil
    }

    func x(_ score: Double) -> Double {
        labelWidth + (range.map { (score - spread.scaleMin) / $0 } ?? 0) * (width - labelWidth - 20)
    }

    /// A tick for every score on a short scale (0 to 5, 0 to 10), and about ten round steps (1, 2
    /// or 5 times a power of ten) on a longer one, so no rubric's scale draws an endless axis.
    func tickStep(_ range: Double) -> Double {
        guard range > 10 else { return 1 }
        let rough = range / 10
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        return [1.0, 2, 5].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
    }

    func render() -> String {
        let height = top + Double(spread.rows.count) * rowHeight + 10
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height.rounded(.up)))\" role=\"img\" aria-label=\"\(escaped(spread.title))\">"
        svg += "<title>\(escaped(spread.title))</title>"
        svg +=
            "<text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"600\" fill=\"#1d2433\">\(escaped(spread.title))</text>"
        svg += axis(bottom: height - 10)
        for (index, row) in spread.rows.enumerated() {
            svg += self.row(row, at: top + Double(index) * rowHeight)
        }
        return svg + "</svg>"
    }

    private func axis(bottom: Double) -> String {
        guard let range else { return "" }
        let step = tickStep(range)
        var svg = ""
        for index in 0...Int((range / step + 1e-9).rounded(.down)) {
            let tick = spread.scaleMin + Double(index) * step
            let position = SVGChart.number(x(tick))
            svg +=
                "<line x1=\"\(position)\" y1=\"\(SVGChart.number(top - 8))\" x2=\"\(position)\" y2=\"\(SVGChart.number(bottom))\" stroke=\"#e5e7eb\"/>"
            svg +=
                "<text x=\"\(position)\" y=\"\(SVGChart.number(top - 12))\" font-size=\"9\" text-anchor=\"middle\" fill=\"#5b6472\">\(NumberText.plain(tick))</text>"
        }
        return svg
    }

    private func row(
        _ row: (label: String, scores: [Double], consensus: Double?, flagged: Bool), at y: Double
    ) -> String {
        var svg =
            row.flagged
            ? "<rect x=\"0\" y=\"\(SVGChart.number(y))\" width=\"\(Int(width))\" height=\"\(SVGChart.number(rowHeight - 2))\" fill=\"#fde8e8\"/>"
            : ""
        svg +=
            "<text x=\"\(SVGChart.number(labelWidth - 10))\" y=\"\(SVGChart.number(y + 13))\" font-size=\"10\" text-anchor=\"end\" fill=\"#1d2433\"><title>\(escaped(row.label))</title>\(escaped(SVGChart.label(row.label, limit: 52)))</text>"
        if let low = row.scores.min(), let high = row.scores.max() {
            svg +=
                "<line x1=\"\(SVGChart.number(x(low)))\" y1=\"\(SVGChart.number(y + 9))\" x2=\"\(SVGChart.number(x(high)))\" y2=\"\(SVGChart.number(y + 9))\" stroke=\"#9ca3af\" stroke-width=\"2\"/>"
        }
        for (index, score) in row.scores.enumerated() {
            let offset = Double(index % 3 - 1) * 3
            svg +=
                "<circle cx=\"\(SVGChart.number(x(score)))\" cy=\"\(SVGChart.number(y + 9 + offset))\" r=\"4\" fill=\"#1f4e79\" fill-opacity=\"0.75\"><title>\(NumberText.plain(score))</title></circle>"
        }
        if let consensus = row.consensus {
            let cx = x(consensus)
            svg +=
                "<path d=\"M\(SVGChart.number(cx)) \(SVGChart.number(y + 2)) l5 7 l-5 7 l-5 -7 z\" fill=\"#e07b39\"><title>consensus \(NumberText.plain(consensus))</title></path>"
        }
        return svg
    }
}
