import Dispatch
import Foundation
import TenderKit

/// Progress of a long run on standard error: nothing for the first second (a quick run stays
/// quiet), then the current stage with counts and rate. On a terminal one line is redrawn in
/// place (at most ten times a second); otherwise (a log, a pipe) plain lines, at most one every
/// ten seconds per stage. Nothing at all with `--quiet`.
final class ProgressReporter: @unchecked Sendable {
    private let console: Console
    private let enabled: Bool
    private let terminal: Bool
    private let lock = NSLock()
    private let started = DispatchTime.now().uptimeNanoseconds
    private var stage = ""
    private var stageStarted: UInt64 = 0
    private var lastShown: UInt64 = 0
    private var lineShown = false

    init(console: Console, quiet: Bool) {
        self.console = console
        enabled = !quiet
        terminal = console.errorIsTerminal
    }

    static let silent = ProgressReporter(
        console: Console(out: { _ in }, error: { _ in }), quiet: true)

    /// A new stage ("loading and checking", "writing summaries").
    func begin(_ stage: String) {
        guard enabled else { return }
        lock.withLock {
            self.stage = stage
            stageStarted = now
            show(stage + "…", force: !terminal)
        }
    }

    /// `done` of `total` items of the current stage are finished (any thread).
    func count(_ done: Int, of total: Int, _ items: String) {
        guard enabled else { return }
        lock.withLock {
            let seconds = Double(now - stageStarted) / 1e9
            let rate = seconds > 0 ? Int(Double(done) / seconds) : 0
            show(
                "\(stage): \(done) of \(total) \(items) (\(rate)/s)",
                force: done == total && !terminal)
        }
    }

    /// Clears the redrawn line before the command's own output.
    func finish() {
        guard enabled, terminal else { return }
        lock.withLock {
            if lineShown { console.writeError("\r\u{1B}[2K") }
            lineShown = false
        }
    }

    private var now: UInt64 { DispatchTime.now().uptimeNanoseconds }

    private func show(_ text: String, force: Bool) {
        let time = now
        guard time - started >= 1_000_000_000 else { return }
        let interval: UInt64 = terminal ? 100_000_000 : 10_000_000_000
        guard force || time - lastShown >= interval else { return }
        lastShown = time
        if terminal {
            console.writeError("\r\u{1B}[2K" + text)
            lineShown = true
        } else {
            console.writeError(text + "\n")
        }
    }
}
