import Foundation

/// Reads `submissions/*.json`, in file-name order, parsing the files on every core.
enum SubmissionFiles {
    /// - Parameters:
    ///   - keeping: the top-level members whose values are kept (nil: all; see `SubmissionFields`).
    ///   - digesting: each file's SHA-256 is worked out as it is read (`SourceText.sha256`).
    ///   - unreadable: gets the id of each file that could not be read as a submission (its `id`
    ///     member when there is one, else its name without `.json`), so that scores and decisions
    ///     naming it are not reported again as naming an unknown submission.
    static func load(
        folder: String, keeping kept: Set<String>?, digesting: Bool = false, log: DiagnosticLog,
        sources: inout [SourceText], unreadable: inout Set<String>
    ) -> [Submission] {
        let directory = FilePath.join(folder, "submissions")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            log.error(
                "the submissions folder is missing (each submission is a JSON file in submissions/)",
                at: .file(directory))
            return []
        }
        let paths = FilePath.join(
            directory,
            names: names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
                .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        let results = ParallelMap.map(paths.count, minimumChunk: 32, chunksPerWorker: 32) { index in
            let fileLog = DiagnosticLog()
            let loaded = JSONFile.read(paths[index], log: fileLog, what: "submission file").map {
                source, root in
                if digesting { _ = source.sha256 }
                var submission = SubmissionDecoder.decode(root, source: source, log: fileLog)
                if let kept { submission?.json = SubmissionFields.keeping(kept, of: root) }
                return (source, submission)
            }
            return FileResult(
                source: loaded?.0, submission: loaded?.1, diagnostics: fileLog.diagnostics,
                claimedIDs: loaded?.1 == nil ? claimedIDs(paths[index], source: loaded?.0) : [])
        }
        var submissions: [Submission] = []
        for result in results {
            log.append(contentsOf: result.diagnostics)
            if let source = result.source { sources.append(source) }
            if let submission = result.submission { submissions.append(submission) }
            unreadable.formUnion(result.claimedIDs)
        }
        return submissions
    }

    /// The ids a file that failed to load may stand for: its name, and its `id` if it can be read.
    private static func claimedIDs(_ path: String, source: SourceText?) -> [String] {
        var ids = [String(FilePath.fileName(path).dropLast(".json".count))]
        if let source, let root = try? JSONReader.read(source.bytes).root,
            let id = root["id"]?.string
        {
            ids.append(id)
        }
        return ids
    }

    private struct FileResult: Sendable {
        var source: SourceText?
        var submission: Submission?
        var diagnostics: [Diagnostic]
        var claimedIDs: [String]
    }
}
