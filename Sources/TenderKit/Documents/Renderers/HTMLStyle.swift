/// The style sheet inlined in every HTML document: plain, legible, and laid out for A4 paper
/// (tables keep their header on each page and rows are not split).
enum HTMLStyle {
    static let css = """

        @page { size: A4; margin: 16mm 14mm; }
        :root { --ink: #1d2433; --muted: #5b6472; --rule: #d5d9e0; --accent: #1f4e79; --warn: #9a3412; --ok: #166534; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 190mm; margin: 0 auto; padding: 12mm 6mm; }
        h1 { font-size: 19pt; color: var(--accent); margin: 0 0 4mm; border-bottom: 2px solid var(--accent); padding-bottom: 2mm; }
        h2 { font-size: 13.5pt; color: var(--accent); margin: 7mm 0 2mm; break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; break-after: avoid; }
        p, ul, dl { margin: 0 0 2.5mm; }
        ul { padding-left: 6mm; }
        table { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9pt; }
        caption { text-align: left; color: var(--muted); font-style: italic; padding-bottom: 1mm; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid var(--rule); padding: 1.2mm 1.8mm; vertical-align: top; text-align: left; }
        th { background: #eef2f7; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        code { font-family: "SFMono-Regular", Consolas, "Liberation Mono", monospace; font-size: 0.92em; background: #f3f4f6; padding: 0 0.6mm; border-radius: 2px; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; }
        dt { font-weight: 600; color: var(--muted); }
        dd { margin: 0; }
        aside { border-left: 4px solid var(--accent); background: #f4f7fb; padding: 2mm 4mm; margin: 3mm 0; break-inside: avoid; }
        aside.warning { border-color: var(--warn); background: #fff7ed; }
        figure { margin: 3mm 0 5mm; break-inside: avoid; }
        svg { max-width: 100%; height: auto; font-family: inherit; }
        @media print { main { padding: 0; max-width: none; } a { color: inherit; } }

        """
}
