import Foundation
import Testing

@testable import TenderKit

/// The award rationale opened in a real browser (headless Chromium): the page parses with its SVG
/// charts, runs no script and makes no request. Skipped, saying so, where Chromium is not installed.
@Suite struct BrowserRenderingTests {
    @Test(
        .enabled(if: ExternalTool.hasChromium, "needs Debian's chromium (apt-get install chromium)")
    )
    func rationaleRendersWithItsCharts() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("award-rationale.html")
        try Data(try #require(outputs.files["award-rationale.html"])).write(to: page)
        let flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
        ]
        let dom = try #require(
            ExternalTool.run(["chromium"] + flags + ["--dump-dom", page.absoluteString]))
        #expect(dom.output.contains("<svg"))
        // Two charts: points by criterion (4 ranked bars of up to 5 segments) and score spread.
        #expect(dom.output.components(separatedBy: "<svg").count - 1 == 2)
        #expect(dom.output.components(separatedBy: "<rect").count - 1 > 20)
        #expect(!dom.output.contains("<script"))
        let shot = folder.appendingPathComponent("shot.png")
        _ = ExternalTool.run(
            ["chromium"] + flags + [
                "--screenshot=\(shot.path)", "--window-size=1240,1754", page.absoluteString,
            ])
        let png = try Data(contentsOf: shot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png.count > 20_000)
    }
}
