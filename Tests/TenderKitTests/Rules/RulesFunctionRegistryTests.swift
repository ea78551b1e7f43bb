import Foundation
import Testing

@testable import TenderKit

/// The registry lists each function once, and the reference for rubric authors documents
/// exactly the functions the registry has, each with its usage.
@Suite struct RulesFunctionRegistryTests {
    static let languageReference: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return
            (try? String(
                contentsOf: root.appendingPathComponent("Rubrics/LANGUAGE.md"), encoding: .utf8))
            ?? ""
    }()

    /// The function names in headings such as "### `count(list)`".
    static var documentedFunctions: [String] {
        languageReference.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("### `"), let open = line.firstIndex(of: "(") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: 5)..<open])
        }
    }

    @Test func registryNamesAreUnique() {
        let names = RuleFunctionRegistry.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count == 20)
    }

    @Test func referenceDocumentsEveryRegisteredFunction() {
        #expect(!Self.languageReference.isEmpty)
        #expect(Self.documentedFunctions == RuleFunctionRegistry.all.map(\.name))
    }

    @Test(arguments: RuleFunctionRegistry.all.flatMap(\.usage))
    func referenceShowsEveryUsage(_ usage: String) {
        #expect(Self.languageReference.contains("`\(usage)`"))
    }

    /// Every example in the reference's code blocks that starts with a root or function compiles.
    @Test func referenceExamplesCompile() {
        let examples = Self.languageReference.split(separator: "\n")
            .filter { $0.hasPrefix("    ") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { line in
                !line.isEmpty && !line.hasPrefix("rubric.json") && !line.hasPrefix("\"")
                    && !line.hasPrefix("^")
            }
        #expect(examples.count > 40)
        for example in examples {
            #expect(RuleTestSupport.errors(example).isEmpty, "\(example)")
        }
    }
}
