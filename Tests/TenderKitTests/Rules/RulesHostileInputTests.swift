import Foundation
import Testing

@testable import TenderKit

/// Hostile or mistaken input gets a clear error quickly, never a crash, hang or stack overflow.
@Suite struct RulesHostileInputTests {
    static let tooDeep =
        "this rule is nested too deeply: more than 100 levels of brackets, operators or function calls"

    private func errors(_ source: String) -> [RuleCompileError] {
        RuleTestSupport.errors(source)
    }

    @Test func aOneMegabyteExpressionIsRefusedAtOnce() {
        let source = String(repeating: "1 + ", count: 262_144)
        #expect(
            errors(source) == [
                RuleCompileError(
                    offset: 0,
                    message: "this rule is 1,048,576 bytes long; a rule may be at most 65,536 bytes"
                )
            ])
    }

    @Test func anExpressionOfExactlyTheLimitIsAccepted() {
        let text = String(repeating: "x", count: RuleLimits.maxExpressionBytes - 2)
        #expect(RuleTestSupport.evaluate("\"\(text)\"") == .success(.string(text)))
        #expect(errors("\"\(text)x\"").map(\.offset) == [0])
    }

    /// Each hostile shape, repeated 10,000 times (2,000 for `??`, to stay under the length limit).
    static func hostile(_ shape: String) -> String {
        switch shape {
        case "parentheses":
            String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        case "lists": String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        case "minus": String(repeating: "-", count: 10_000) + "1"
        case "not": String(repeating: "not ", count: 10_000) + "true"
        case "calls":
            String(repeating: "abs(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        case "unclosed": String(repeating: "(", count: 10_000)
        case "additions": String(repeating: "1 + ", count: 10_000) + "1"
        case "members": "submission" + String(repeating: ".a", count: 10_000)
        case "defaults": String(repeating: "submission.a ?? ", count: 2_000) + "0"
        default: ""
        }
    }

    /// Offsets are hand-computed: nesting level n is entered at byte n - 1 for one-byte openers,
    /// 4(n - 1) for `not ` and `abs(`, 16(n - 1) for `submission.a ?? `; a chain of `+` or `.a`
    /// fails at the operator or member that makes the tree 101 deep.
    @Test(arguments: [
        ("parentheses", 100), ("lists", 100), ("minus", 100), ("not", 400), ("calls", 400),
        ("unclosed", 100), ("additions", 398), ("members", 209), ("defaults", 1_600),
    ])
    func deepNestingIsRefusedQuickly(_ shape: String, _ offset: Int) {
        #expect(
            errors(Self.hostile(shape)) == [RuleCompileError(offset: offset, message: Self.tooDeep)]
        )
    }

    @Test func nestingJustWithinTheLimitCompilesAndEvaluates() throws {
        let parens = String(repeating: "(", count: 99) + "1" + String(repeating: ")", count: 99)
        #expect(RuleTestSupport.evaluate(parens) == .success(.number(1)))
        let calls = String(repeating: "abs(", count: 98) + "-1" + String(repeating: ")", count: 98)
        #expect(RuleTestSupport.evaluate(calls) == .success(.number(1)))
        let chain = String(repeating: "1 + ", count: 99) + "1"
        #expect(RuleTestSupport.evaluate(chain) == .success(.number(100)))
    }

    /// The deepest rule the parser allows evaluates and explains on a thread with a 1 MiB stack
    /// (it needs about 200 KiB in a release build, 512 KiB in a debug build).
    @Test func deepestRuleRunsOnASmallStack() async throws {
        let source =
            String(repeating: "abs(", count: 97) + "-submission.beneficiaries"
            + String(repeating: ")", count: 97)
        let program = try RuleProgram.compile(source, expecting: .number)
        let result: String = await withCheckedContinuation { continuation in
            let thread = Thread {
                let value = program.evaluate(in: RuleTestSupport.scope)
                let summary = program.explain(in: RuleTestSupport.scope).summary
                continuation.resume(
                    returning:
                        "\(value == .success(.number(250))) \(summary.hasSuffix(") = 250 (submission.beneficiaries is 250)"))"
                )
            }
            thread.stackSize = 1024 * 1024
            thread.start()
        }
        #expect(result == "true true")
    }

    /// Data nested as deep as the JSON reader allows is walked without trouble.
    @Test func deeplyNestedDataIsWalked() throws {
        let depth = 200
        let json =
            String(repeating: "{\"a\": ", count: depth) + "7" + String(repeating: "}", count: depth)
        let scope = RuleScope(
            submission: RuleTestSupport.json(json), round: RuleTestSupport.scope.round,
            rubric: RuleTestSupport.scope.rubric)
        let path = "submission" + String(repeating: ".a", count: 95)
        let program = try RuleProgram.compile("count([\(path)]) == 1", expecting: .boolean)
        #expect(program.evaluate(in: scope) == .success(.bool(true)))
        let lists = String(repeating: "[", count: 250) + String(repeating: "]", count: 250)
        let listScope = RuleScope(
            submission: RuleTestSupport.json("{\"deep\": \(lists)}"), round: scope.round,
            rubric: scope.rubric)
        let count = try RuleProgram.compile("count(submission.deep) == 1", expecting: .boolean)
        #expect(count.evaluate(in: listScope) == .success(.bool(true)))
        #expect(!count.explain(in: listScope).summary.isEmpty)
    }

    @Test func controlCharactersAndInvalidUTF8AreRejectedCleanly() {
        #expect(
            errors("1 \u{0} 2") == [
                RuleCompileError(offset: 2, message: "unexpected character '\u{0}'")
            ])
        let bytes: [UInt8] = [0x31, 0x20, 0xFF, 0x20, 0x32]
        #expect(
            errors(String(decoding: bytes, as: UTF8.self)) == [
                RuleCompileError(offset: 2, message: "unexpected character '\u{FFFD}'")
            ])
    }

    /// Lambdas nested over a list multiply: ten levels over 10 items would be 10^10 steps. The
    /// evaluation stops at the step budget with a clear error instead of running for hours.
    @Test func nestedLambdasOverAListStopAtTheStepBudget() throws {
        var rule = "x9 > 100"
        for level in (0..<9).reversed() { rule = "any(submission.items, x\(level + 1) => \(rule))" }
        rule =
            "any(submission.items, x0 => \(rule.replacingOccurrences(of: "x9 > 100", with: "x0 + x9 > 100")))"
        let items = (1...10).map(String.init).joined(separator: ", ")
        let scope = RuleScope(
            submission: RuleTestSupport.json("{\"items\": [\(items)]}"),
            round: RuleTestSupport.scope.round,
            rubric: RuleTestSupport.scope.rubric)
        let program = try RuleProgram.compile(rule, expecting: .boolean)
        guard case .failure(let error) = program.evaluate(in: scope) else {
            Issue.record("a rule of 10^10 steps should not finish")
            return
        }
        #expect(
            error.message.hasPrefix(
                "the rule does too much work to evaluate (more than 1,000,000 steps)"))
        // The same shape over a short list is an ordinary rule: 2 items, 2^10 combinations.
        let short = RuleScope(
            submission: RuleTestSupport.json("{\"items\": [1, 200]}"), round: scope.round,
            rubric: scope.rubric)
        #expect(program.evaluate(in: short) == .success(.bool(true)))
    }
}
