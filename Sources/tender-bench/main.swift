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
let usage = """
    usage: tender-bench [NAME...] [SUBMISSIONS...] [--runs N] [--stages]

    Runs the named benchmarks (all of them when none is named) in a release build and prints their
    figures as Markdown tables. NAME is one of \(benchmarks.map(\.name).joined(separator: ", ")).
    SUBMISSIONS are round sizes: for `evaluate` (1000 10000 100000 by default) and `sensitivity`
    (100000 by default).
      --runs N   the median of N runs of each `evaluate` command (3 by default)
      --stages   `evaluate` measures only the stages in process, without the documents

    """
if words.contains(where: { $0 == "--help" || $0 == "-h" }) {
    print(usage, terminator: "")
    exit(0)
}
let options = ["--runs", "--stages"]
if let option = words.first(where: { $0.hasPrefix("-") && Int($0) == nil && !options.contains($0) })
{
    FileHandle.standardError.write(
        Data("tender-bench: error: unknown option '\(option)'\n\(usage)".utf8))
    exit(2)
}
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
