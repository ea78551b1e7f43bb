import Foundation

/// What a command loaded, kept until the process exits instead of being freed piece by piece.
///
/// A national round is millions of objects (every submission's JSON values, 5,000,000 score
/// rows); releasing them one by one when a command returns costs seconds just before the process
/// ends and the kernel takes back all its memory at once anyway (compilers do the same, as clang's
/// `-disable-free`). Only the executable turns it on (`main.swift`), so tests that run commands
/// in process free what each run loaded as usual; and not under LeakSanitizer, whose check at exit
/// cannot follow Swift's tagged references through what is kept and would report it as leaked.
enum ExitWithoutTeardown {
    nonisolated(unsafe) private static var isOn = false
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Turns keeping on, unless a leak checker is linked in.
    static func turnOn() {
        isOn = dlsym(dlopen(nil, RTLD_NOW), "__lsan_do_leak_check") == nil
    }

    /// Keeps `value` (a loaded round, a decision) alive until the process exits, when on.
    static func keep(_ value: Any) {
        if isOn { kept.append(value) }
    }
}
