import Dispatch
import Foundation

/// One run of another program, measured as the kernel counts it: wall time, CPU time (user and
/// system) and peak resident memory (from `wait4`), with its output thrown away.
struct ChildRun {
    var seconds: Double
    var cpuSeconds: Double
    var peakMegabytes: Double
    var status: Int32

    static func run(_ arguments: [String]) -> ChildRun {
        let start = DispatchTime.now().uptimeNanoseconds
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            return ChildRun(seconds: 0, cpuSeconds: 0, peakMegabytes: 0, status: -1)
        }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildRun(
            seconds: seconds, cpuSeconds: cpu, peakMegabytes: Double(usage.ru_maxrss) / 1024,
            status: (status >> 8) & 0xff)
    }

    /// The median of `runs` runs (by wall time), or nil if any run failed.
    static func median(_ runs: Int, _ arguments: [String]) -> ChildRun? {
        median(runs) { _ in arguments }
    }

    /// The median of `runs` runs, run `k` with `arguments(k)`.
    static func median(_ runs: Int, arguments: (Int) -> [String]) -> ChildRun? {
        let results = (0..<runs).map { run(arguments($0)) }
        guard results.allSatisfy({ $0.status == 0 || $0.status == 3 }) else { return nil }
        return results.sorted { $0.seconds < $1.seconds }[runs / 2]
    }
}

/// The median of a list of seconds.
func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}
