/// A document as a tree of blocks and inline runs, written once by a builder (the award rationale,
/// an assessment summary) and rendered by each renderer (Markdown, HTML) the same way.
///
/// Text in the tree is plain: renderers escape it for their format, so a name from an input file
/// can never become markup.
public struct Document: Sendable {
    public var title: String
    public var blocks: [Block]

    public init(title: String, blocks: [Block] = []) {
        self.title = title
        self.blocks = blocks
    }
}

public indirect enum Block: Sendable {
    case heading(level: Int, text: [Inline], anchor: String?)
    case paragraph([Inline])
    case bulletList([[Inline]])
    /// A bulleted list whose items are plain text (an applicant's fifty comments): rendered as
    /// `bulletList` renders items of one `.text` run each, without an array for each item.
    case textList([String])
    case table(Table)
    /// A note set apart from the text (what blocks a decision, a warning).
    case callout(kind: CalloutKind, [Block])
    /// A chart: drawn in HTML, described in words in Markdown.
    case chart(Chart)
    /// Label–value pairs (the round's facts).
    case facts([(label: String, value: [Inline])])

    public enum CalloutKind: String, Sendable { case note, warning }
}

public enum Inline: Sendable, Equatable {
    case text(String)
    case strong(String)
    case emphasis(String)
    case code(String)
}

public struct Table: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[TableCell]]
    public var caption: String?

    /// A table whose cells are each a list of runs.
    public init(
        header: [String], alignments: [Alignment]? = nil, rows: [[[Inline]]], caption: String? = nil
    ) {
        self.init(
            header: header, alignments: alignments,
            cells: rows.map { $0.map(TableCell.init(runs:)) }, caption: caption)
    }

    /// A table of cells given as such: a national round's tables have millions of cells of one
    /// run, which then need no array each.
    public init(
        header: [String], alignments: [Alignment]? = nil, cells: [[TableCell]],
        caption: String? = nil
    ) {
        self.header = header
        self.alignments = alignments ?? Array(repeating: .left, count: header.count)
        self.rows = cells
        self.caption = caption
    }
}

/// A table cell: one run (nearly every cell), or several.
public enum TableCell: Sendable {
    case run(Inline)
    case runs([Inline])

    public init(runs: [Inline]) {
        self = runs.count == 1 ? .run(runs[0]) : .runs(runs)
    }

    /// The usual cell: plain text.
    public static func text(_ text: String) -> TableCell { .run(.text(text)) }
}

extension Array where Element == Inline {
    /// The runs without formatting, for places that take plain text (chart labels, alt text).
    public var plainText: String {
        map { inline in
            switch inline {
            case .text(let text), .strong(let text), .emphasis(let text), .code(let text): text
            }
        }.joined()
    }
}
