import Foundation

// Benchmarks: `swift run -c release tender-bench [NAME...]` runs the named ones, or all of them
// when no name is given. Each prints its own figures. Add a benchmark by adding a row here.
let benchmarks: [(name: String, run: ([String]) -> Void)] = [
    ("conflicts", { _ in runConflictsBenchmark() }),
    ("evaluate", runEvaluationBenchmark),
    ("history", runHistoryBenchmark),
    ("sensitivity", runSensitivityBenchmark),
]

// `tender-bench NAME [NUMBER...] [--OPTION [NUMBER]]`: the numbers and options are the named
// benchmarks' arguments (`evaluate 100000 --runs 5`).
let words = Array(CommandLine.arguments.dropFirst())
let requested = words.filter { Int($0) == nil && !$0.hasPrefix("--") }
let arguments = words.filter { Int($0) != nil || $0.hasPrefix("--") }
let unknown = requested.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
    let names = benchmarks.map(\.name).joined(separator: ", ")
    FileHandle.standardError.write(
        Data(
            "tender-bench: unknown benchmark \(unknown.joined(separator: ", ")); known: \(names)\n"
                .utf8))
    exit(2)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
    benchmark.run(arguments)
}
