/// What a command loaded, kept until the process exits instead of being freed piece by piece.
///
/// A national round is millions of objects (every submission's JSON values, 5,000,000 score
/// rows); releasing them one by one when a command returns costs seconds just before the process
/// ends and the kernel takes back all its memory at once anyway (compilers do the same, as clang's
/// `-disable-free`). Only the executable turns it on (`main.swift`), so tests that run commands
/// in process free what each run loaded as usual.
enum ExitWithoutTeardown {
    nonisolated(unsafe) static var isOn = false
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` (a loaded round, a decision) alive until the process exits, when on.
    static func keep(_ value: Any) {
        if isOn { kept.append(value) }
    }
}
