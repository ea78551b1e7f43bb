import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Restarts the executable once, at its very start, with glibc's allocator told to ask the kernel
/// for huge pages (`GLIBC_TUNABLES=glibc.malloc.hugetlb=1`), which glibc reads only when a
/// process starts.
///
/// A national round holds 1.6 GB while it is evaluated: a `--format json` run at 100,000
/// applications took 460,000 page faults in 4 KB pages, each a trip into the kernel, and takes
/// 150,000 this way (about a second less of system time, of four). The kernel gives a process
/// huge pages only where it asks for them (`madvise`, the usual setting of
/// `/sys/kernel/mm/transparent_hugepage/enabled`); where it never gives them, or gives them
/// always, the setting changes nothing.
///
/// Nothing else changes: the same binary, arguments and process id (`execv` replaces the
/// program in place). There is no restart when the setting is there already, when
/// `GLIBC_TUNABLES` sets it otherwise (`glibc.malloc.hugetlb=0` turns this off), or under
/// valgrind, whose own allocator replaces glibc's (and which would not follow the restart).
enum AllocatorRestart {
    static let setting = "glibc.malloc.hugetlb"

    /// Restarts the process with the setting, when `tunables(for:)` says to; returns (and the
    /// process goes on as it is) when it does not, or when the restart fails.
    static func applyOnce() {
        #if os(Linux)
            let environment = ProcessInfo.processInfo.environment
            guard let value = tunables(for: environment) else { return }
            setenv("GLIBC_TUNABLES", value, 1)
            execv("/proc/self/exe", CommandLine.unsafeArgv)
            // Only reached when the restart failed: carry on without it, with the environment as
            // it was for anything this process starts.
            if let previous = environment["GLIBC_TUNABLES"] {
                setenv("GLIBC_TUNABLES", previous, 1)
            } else {
                unsetenv("GLIBC_TUNABLES")
            }
        #endif
    }

    /// The `GLIBC_TUNABLES` value to restart with, or nil for no restart.
    static func tunables(for environment: [String: String]) -> String? {
        if environment["LD_PRELOAD", default: ""].contains("vgpreload") { return nil }
        guard let current = environment["GLIBC_TUNABLES"], !current.isEmpty else {
            return "\(setting)=1"
        }
        let names = current.split(separator: ":").map { $0.split(separator: "=").first ?? "" }
        guard !names.contains(where: { $0 == setting }) else { return nil }
        return "\(current):\(setting)=1"
    }
}
