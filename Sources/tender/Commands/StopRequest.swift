import Foundation

/// Ctrl-C during `tender score` stops the session like 'q': the handler only records the request
/// and is installed without `SA_RESTART`, so a prompt waiting for input returns at once (as at the
/// end of input) and the session prints what was saved. An answer being written when Ctrl-C comes
/// is finished first (the write is atomic and not interrupted).
enum StopRequest {
    nonisolated(unsafe) private static var requested: sig_atomic_t = 0

    static var isRequested: Bool { requested != 0 }

    static func installForCtrlC() {
        var action = sigaction()
        #if os(Linux)
            action.__sigaction_handler.sa_handler = { _ in StopRequest.requested = 1 }
        #else
            action.__sigaction_u.__sa_handler = { _ in StopRequest.requested = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }
}
