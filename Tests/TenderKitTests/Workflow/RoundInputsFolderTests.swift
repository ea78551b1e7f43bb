import Testing

@testable import TenderKit

/// `RoundInputs.folderText` names, once tidied, the folder that `FILE/..` names: the output-folder
/// check works out each folder once from it instead of tidying every file's `FILE/..`.
@Suite struct RoundInputsFolderTests {
    @Test(arguments: [
        ("round/submissions/s1.json", "round/submissions"),
        ("/tmp/round/scores.csv", "/tmp/round"),
        ("/round.json", "/"),
        ("round.json", "."),
        ("./round/./panel.json", "round"),
        ("round/sub/../scores.csv", "round"),
        ("../round/rubric.json", "../round"),
        ("round/..", ".."),
        ("round/.", "."),
        ("round/", "."),
        ("a//b.json", "a"),
    ])
    func folderOfAnInput(file: String, folder: String) {
        #expect(FilePath.normalise(RoundInputs.folderText(file)) == folder)
        #expect(FilePath.normalise(file + "/..") == folder)
    }
}

/// `FilePath.join(folder, names:)` gives what `join` gives for each name.
@Suite struct FilePathJoinNamesTests {
    static let folders = ["round/submissions", "/", ".", "", "./a/../b/", "/tmp//r/", "../up"]
    static let names = [
        "s1.json", "a b.json", ".", "..", "", "x/y.json", "/abs.json", "é.json", "summaries/s1.md",
        "a/./b", "a/../b", "a//b", "a/", "...", ".hidden", "a/.b/c..", "../x", "./x",
    ]

    @Test(arguments: folders)
    func eachNameAsJoinWouldGiveIt(folder: String) {
        #expect(
            FilePath.join(folder, names: Self.names) == Self.names.map { FilePath.join(folder, $0) }
        )
    }

    /// Table: whether a name is appended as it is.
    @Test(arguments: [
        ("s1.json", true), ("summaries/s1.md", true), (".hidden", true), ("a/.b/c..", true),
        ("", false), (".", false), ("..", false), ("...", false), ("a/", false), ("/a", false),
        ("a//b", false), ("a/./b", false), ("a/../b", false),
    ])
    func plainParts(name: String, plain: Bool) {
        #expect(FilePath.hasPlainParts(name) == plain)
    }

    @Test func byHand() {
        #expect(
            FilePath.join("./r/", names: ["s1.json", "s2.json"]) == ["r/s1.json", "r/s2.json"])
        #expect(FilePath.join("/", names: ["s1.json"]) == ["/s1.json"])
        #expect(FilePath.join(".", names: ["s1.json"]) == ["s1.json"])
    }
}
