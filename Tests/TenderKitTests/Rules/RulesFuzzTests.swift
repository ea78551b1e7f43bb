import Testing

@testable import TenderKit

/// A seeded random test: thousands of random token sequences, truncations and byte mutations of
/// valid rules. Compiling never crashes; it succeeds, or reports errors at offsets inside the text;
/// whatever compiles also evaluates and explains without crashing, with the same result both ways.
@Suite struct RulesFuzzTests {

    static let vocabulary = [
        "submission", "round", "rubric", ".", "amountRequested", "partners", "beneficiaries",
        "budget", "amount",
        "[", "]", "(", ")", ",", "0", "1.5", "1e3", "250", "\"charity\"", "'x'", "\"unclosed",
        "\"a\\q\"",
        "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not", "in", "??", "=>",
        "p", "x", "count", "sum", "avg", "any", "all", "filter", "map", "min", "max", "round",
        "date", "abs",
        "lower", "startsWith", "contains", "length", "daysBetween", "\"2024-02-30\"",
        "\"2024-01-31\"",
        "true", "false", "null", "cuont", "&&", "=", "#", "é", "\\", "\"", "today", "?", "1,000",
        "007",
    ]

    static let validRules = [
        "submission.organisation.type in [\"charity\", \"cio\", \"cic\", \"community-group\"]",
        "any(submission.purposes, p => p in [\"crime-and-disorder\", \"substance-misuse\", \"reoffending\", \"victims-and-witnesses\"])",
        "submission.amountRequested <= round.budget.amount and submission.amountRequested > 0",
        "submission.amountRequested / submission.beneficiaries",
        "startsWith(upper(submission.organisation.address.postcode), \"TS\")",
        "count(submission.partners) >= 1 or submission.organisation.type == \"public-body\"",
        "submission.durationMonths <= 24 and (submission.matchFunding ?? 0) >= 0",
        "round(sum(submission.costs, c => c.amount) / max(count(submission.costs), 1), 2)",
        "date(submission.startDate) >= date(round.awardDate) and monthsBetween(submission.startDate, submission.endDate) <= 24",
    ]

    struct Tally {
        var compiled = 0
        var refused = 0
    }

    private func exercise(_ source: String, _ tally: inout Tally) {
        switch RuleTestSupport.compile(source) {
        case .success(let program):
            tally.compiled += 1
            let result = program.evaluate(in: RuleTestSupport.scope)
            #expect(program.explain(in: RuleTestSupport.scope).result == result, "\(source)")
        case .failure(let errors):
            tally.refused += 1
            let length = source.utf8.count
            #expect(!errors.errors.isEmpty, "\(source)")
            // Errors come in text order, the same each time.
            #expect(
                errors.errors.map(\.offset) == errors.errors.map(\.offset).sorted(), "\(source)")
            #expect(RuleTestSupport.errors(source) == errors.errors, "\(source)")
            #expect(
                errors.errors.allSatisfy {
                    (0...length).contains($0.offset) && !$0.message.isEmpty
                }, "\(source)")
        }
    }

    @Test func randomTokenSequences() {
        var random = SeededGenerator(seed: 0x7E4D_E2C0_2024)
        var tally = Tally()
        for _ in 0..<3_000 {
            var source = ""
            for _ in 0..<(1 + random.index(25)) {
                source += Self.vocabulary[random.index(Self.vocabulary.count)]
                if random.index(3) > 0 { source += " " }
            }
            exercise(source, &tally)
        }
        // The generator reaches both outcomes (what each outcome must satisfy is in `exercise`).
        #expect(tally.compiled > 20)
        #expect(tally.refused > 2_000)
    }

    @Test func everyTruncationOfValidRules() {
        var tally = Tally()
        for rule in Self.validRules {
            let bytes = Array(rule.utf8)
            #expect((try? RuleTestSupport.compile(rule).get()) != nil, "\(rule)")
            for length in 0...bytes.count {
                let prefix = String(decoding: bytes.prefix(length), as: UTF8.self)
                exercise(prefix, &tally)
                // A prefix that leaves a bracket or a string open can never compile.
                let open =
                    prefix.filter { $0 == "(" }.count > prefix.filter { $0 == ")" }.count
                    || prefix.filter { $0 == "[" }.count > prefix.filter { $0 == "]" }.count
                    || prefix.filter { $0 == "\"" }.count % 2 == 1
                if open {
                    #expect((try? RuleTestSupport.compile(prefix).get()) == nil, "\(prefix)")
                }
            }
        }
    }

    @Test func byteMutationsOfValidRules() {
        var random = SeededGenerator(seed: 42)
        var tally = Tally()
        let alphabet =
            Array(" ()[],.\"'+-*/<>=!?&|#0123456789abcdefghijklmnopqrstuvwxyz".utf8) + [
                0xC3, 0xA9, 0xFF, 0x00,
            ]
        for _ in 0..<2_000 {
            var bytes = Array(Self.validRules[random.index(Self.validRules.count)].utf8)
            for _ in 0..<(1 + random.index(4)) {
                let position = random.index(bytes.count + 1)
                let byte = alphabet[random.index(alphabet.count)]
                switch random.index(3) {
                case 0: bytes.insert(byte, at: position)
                case 1 where position < bytes.count: bytes[position] = byte
                default: if position < bytes.count { bytes.remove(at: position) }
                }
            }
            exercise(String(decoding: bytes, as: UTF8.self), &tally)
        }
        #expect(tally.compiled > 50)
        #expect(tally.refused > 500)
    }
}
