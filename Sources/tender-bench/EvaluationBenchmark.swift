import Dispatch
import Foundation
import TenderKit

/// `tender-bench evaluate [SUBMISSIONS...]`: the national-scale workload of issue 17 at each size
/// (default 1,000, 10,000 and 100,000 submissions; 200 evaluators, 10 panel-scored criteria and
/// a price, 5 evaluators each): the median of 3 runs of `tender evaluate` itself (wall, CPU and
/// peak memory) with `--format json` and with every document, of `tender status` and `tender
/// conflicts`, and of the pandas peer over scores.csv (`Benchmarks/pandas_peer.py`) when pandas is
/// installed; then of each stage in process.
/// Generating the rounds is not timed (they are kept in the temporary folder between runs). Each
/// run with every document writes into a new folder (see `FreshOutputFolders`). The first and
/// last rows time the machine itself writing new files (`PageCacheProbe`).
///
/// `--runs N` takes the median of N runs instead of 3; `--stages` measures only the stages in
/// process, without the documents (for profiling one change).
func runEvaluationBenchmark(_ arguments: [String]) {
    var settings = EvaluationBenchmarkSettings()
    var sizes: [Int] = []
    var index = 0
    while index < arguments.count {
        switch arguments[index] {
        case "--runs":
            index += 1
            settings.runs = max(1, index < arguments.count ? Int(arguments[index]) ?? 3 : 3)
        case "--stages": settings.stagesOnly = true
        default: if let size = Int(arguments[index]), size > 0 { sizes.append(size) }
        }
        index += 1
    }
    print("| Submissions | Stage | Median (s) | Throughput | Peak memory |")
    print("|---|---|---|---|---|")
    print(PageCacheProbe.row("before the runs"))
    for count in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
        benchmark(NationalRound(submissions: count), settings)
    }
    print(PageCacheProbe.row("after the runs"))
    FreshOutputFolders.removeAll()
}

struct EvaluationBenchmarkSettings {
    var runs = 3
    /// Only the stages in process, and of the outputs only decision.json.
    var stagesOnly = false
}

private func benchmark(_ workload: NationalRound, _ settings: EvaluationBenchmarkSettings) {
    let runs = settings.runs
    let folder = workload.prepare()
    let label = String(workload.submissions)
    // The processes first: a child's peak memory (`ru_maxrss`) starts from the peak this process
    // had when it started the child (Linux carries it over `exec`), so they are measured before
    // this process loads the round itself. A smaller round measured earlier in the same run still
    // sets a floor: a child's figure is at least that round's peak in process.
    if !settings.stagesOnly { measureProcesses(workload, folder: folder, runs: runs) }
    guard
        let stages = StageTimes.measure(
            folder: folder, runs: runs, documents: !settings.stagesOnly)
    else {
        print("| \(label) | the round did not load | | | |")
        return
    }
    for (name, seconds) in stages.rows {
        print("| \(label) | \(name) | \(format(seconds)) | | |")
    }
}

/// `tender evaluate` (data only, then every document), `tender status` and `tender conflicts`,
/// and the pandas peer, each as a process of its own: the median of `runs` runs.
private func measureProcesses(_ workload: NationalRound, folder: String, runs: Int) {
    let megabytes = Double(inputBytes(folder)) / 1e6
    let label = String(workload.submissions)
    let tender = benchExecutable("tender")
    let out = NSTemporaryDirectory() + "tender-bench-out-\(workload.submissions)"
    if let json = ChildRun.median(
        runs, [tender, "evaluate", folder, "--format", "json", "--out", out, "--quiet"])
    {
        let size =
            (try? FileManager.default.attributesOfItem(atPath: out + "/decision.json"))?[
                .size] as? Int ?? 0
        print(
            "| \(label) | **tender evaluate --format json** (decision.json \(size / 1_000_000) MB) | **\(format(json.seconds))** (CPU \(format(json.cpuSeconds))) | \(throughput(json.seconds, workload, megabytes)) | \(Int(json.peakMegabytes)) MB |"
        )
    }
    var written = ""
    if let all = ChildRun.median(
        runs,
        arguments: { _ in
            written = FreshOutputFolders.next(label)
            return [tender, "evaluate", folder, "--out", written, "--quiet"]
        })
    {
        print(
            "| \(label) | **tender evaluate** (every document: \(filesIn(written)) files) | **\(format(all.seconds))** (CPU \(format(all.cpuSeconds))) | \(throughput(all.seconds, workload, megabytes)) | \(Int(all.peakMegabytes)) MB |"
        )
    }
    for command in ["status", "conflicts"] {
        if let run = ChildRun.median(runs, [tender, command, folder, "--quiet"]) {
            print(
                "| \(label) | tender \(command) | \(format(run.seconds)) (CPU \(format(run.cpuSeconds))) | | \(Int(run.peakMegabytes)) MB |"
            )
        }
    }
    try? FileManager.default.removeItem(atPath: out)
    let script = repositoryRoot() + "/Benchmarks/pandas_peer.py"
    if ChildRun.run(["python3", "-c", "import pandas"]).status == 0,
        let pandas = ChildRun.median(runs, ["python3", script, folder + "/scores.csv"])
    {
        print(
            "| \(label) | pandas peer (scores.csv only) | \(format(pandas.seconds)) (CPU \(format(pandas.cpuSeconds))) | \(throughput(pandas.seconds, workload, megabytes)) | \(Int(pandas.peakMegabytes)) MB |"
        )
    } else {
        print("| \(label) | pandas peer | not run: pandas is not installed | | |")
    }
}

/// Seconds as the tables show them, to two decimals.
func format(_ seconds: Double) -> String { String(format: "%.2f", seconds) }

private func throughput(_ seconds: Double, _ workload: NationalRound, _ megabytes: Double)
    -> String
{
    guard seconds > 0 else { return "" }
    return
        "\(Int(Double(workload.submissions) / seconds)) submissions/s, \(Int(Double(workload.scoreRows) / seconds)) rows/s, \(Int(megabytes / seconds)) MB/s"
}

/// Every input file's size: round.json, rubric, panel, scores.csv and the submissions.
private func inputBytes(_ folder: String) -> Int {
    let manager = FileManager.default
    return (manager.subpaths(atPath: folder) ?? []).reduce(0) { total, path in
        total + ((try? manager.attributesOfItem(atPath: folder + "/" + path))?[.size] as? Int ?? 0)
    }
}

/// A program built beside this one (`tender`).
private func benchExecutable(_ name: String) -> String {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return own.deletingLastPathComponent().appendingPathComponent(name).path
}

/// The repository, found from this source file's path.
private func repositoryRoot() -> String {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}

/// The files a run wrote into `folder`, in it and its subfolders (the hidden marker left out).
private func filesIn(_ folder: String) -> Int {
    let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
    return names.filter { name in
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(
            atPath: FilePath.join(folder, name), isDirectory: &isFolder)
        return exists && !isFolder.boolValue && !FilePath.fileName(name).hasPrefix(".")
    }.count
}
