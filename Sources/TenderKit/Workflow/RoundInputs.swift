import Foundation

/// The files a round reads, so that no command writes over one of them.
///
/// `tender scoresheet ROUND --out ROUND/scores.csv` would replace the panel's recorded scores with a
/// blank sheet; `tender evaluate ROUND --out ROUND/submissions` would put the decision record
/// where the next run reads submissions. Paths are compared after following symbolic links, and
/// existing files by their device and inode, so no other spelling of a path slips past.
public struct RoundInputs: Sendable {
    /// Every input file, as loaded.
    public let files: [String]
    /// The round folder and its submissions folder: no output folder may be or lie inside them.
    public let folders: [String]

    public init(_ round: LoadedRound) {
        files = round.inputs.map(\.path)
        folders = [round.folder, FilePath.join(round.folder, "submissions")]
    }

    public init(files: [String], folders: [String] = []) {
        self.files = files
        self.folders = folders
    }

    /// Why writing the file at `path` would destroy an input, or nil when it would not.
    public func problem(writingFile path: String) -> String? {
        let target = RoundInputs.resolved(path)
        let name = FilePath.fileName(target).lowercased()
        let identity = RoundInputs.identity(of: path)
        var parents: [String: String] = [:]
        for file in files where FilePath.fileName(file).lowercased() == name {
            let parent = FilePath.normalise(file + "/..")
            let resolvedParent = parents[parent] ?? RoundInputs.resolved(parent)
            parents[parent] = resolvedParent
            let sameFile =
                FilePath.join(resolvedParent, FilePath.fileName(file)) == target
                || (identity != nil && RoundInputs.identity(of: file) == identity)
            if sameFile {
                return "\(path) is the round's input \(file): choose another output file"
            }
        }
        if folders.count > 1, target.hasPrefix(RoundInputs.resolved(folders[1]) + "/") {
            return
                "\(path) is inside the round's submissions folder, where every file is read as a submission: choose another place"
        }
        return nil
    }

    /// Why writing output files into the folder `path` would mix them with the round's inputs
    /// (it is the round folder or its submissions folder, or a folder holding an input), or nil.
    public func problem(writingFolder path: String) -> String? {
        let target = RoundInputs.resolved(path)
        // A national round's 100,000 submission files share one folder: each folder's path is
        // tidied once, not once per file.
        let inputFolders = Set(
            folders + Set(files.map(RoundInputs.folderText)).map(FilePath.normalise))
        for folder in inputFolders.sorted() {
            let input = RoundInputs.resolved(folder)
            let isSubmissions = folders.count > 1 && folder == folders[1]
            if input == target || input.hasPrefix(target + "/")
                || (isSubmissions && target.hasPrefix(input + "/"))
            {
                return
                    "the output folder \(path) would hold the round's own files (\(folder)): choose a folder of its own, such as \(FilePath.join(folders.first ?? ".", "out"))"
            }
        }
        return nil
    }

    /// The folder holding `file`, as text to tidy with `FilePath.normalise`: what comes before its
    /// last `/`, or `file/..` when it has no `/` or ends in one, `.` or `..`.
    static func folderText(_ file: String) -> String {
        guard let slash = file.lastIndex(of: "/"),
            !["", ".", ".."].contains(file[file.index(after: slash)...])
        else { return file + "/.." }
        return String(file[...slash])
    }

    /// The absolute path with `.`, `..` and symbolic links resolved (of the deepest existing
    /// folder on the way, for a file not yet written).
    static func resolved(_ path: String) -> String {
        let absolute =
            path.hasPrefix("/")
            ? path : FilePath.join(FileManager.default.currentDirectoryPath, path)
        var existing = FilePath.normalise(absolute)
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing), existing != "/" {
            rest.insert(FilePath.fileName(existing), at: 0)
            existing = FilePath.normalise(existing + "/..")
        }
        let real = URL(fileURLWithPath: existing).resolvingSymlinksInPath().path
        return FilePath.normalise(([real] + rest).joined(separator: "/"))
    }

    /// Device and inode of an existing file: hard links and case-insensitive spellings agree.
    static func identity(of path: String) -> [Int]? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let device = (attributes[.systemNumber] as? NSNumber)?.intValue,
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.intValue
        else { return nil }
        return [device, inode]
    }
}
