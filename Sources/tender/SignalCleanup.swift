import Dispatch
import Foundation
import TenderKit

/// Ctrl-C (SIGINT), SIGTERM and SIGHUP end `tender` as usual (status 128 + the signal), but first
/// remove the temporary files and staging folders being written, so an interrupted run leaves
/// the previous outputs whole and nothing beside them.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                TemporaryFiles.shared.removeAllAndExit(status: 128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }
}
