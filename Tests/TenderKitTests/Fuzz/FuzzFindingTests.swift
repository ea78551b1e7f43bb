import Foundation
import Testing

@testable import TenderKit

/// Every input the fuzz targets (`Tests/Fuzz`) found to crash, hang or blow up memory, with what
/// the engine now does with it instead. `Tests/Fuzz/README.md` lists them with the target and run.
@Suite struct FuzzFindingTests {
    /// `Fixtures/fuzz/NAME`, byte for byte.
    static func fixture(_ name: String) throws -> [UInt8] {
        let path = RepositoryFiles.path("Tests/TenderKitTests/Fixtures/fuzz/\(name)")
        return try #require(FileBytes.contents(atPath: path), "cannot read \(path)")
    }

    static let tooLarge = "this number has too many digits or is too large"

    // MARK: lexer: a number of more than 19 digits with an exponent near Int.max

    /// Found by `lexer`: the long-number path parsed the exponent again with `Int(_:)`, so
    /// `e-0…09223372036854775807` gave -Int.max and subtracting the fraction digits overflowed.
    @Test func theLexerFindingIsANumberTooLarge() throws {
        let bytes = try Self.fixture("lexer-exponent-past-int-max")
        let tokens = Lexer.tokens(of: bytes)
        let invalid = tokens.compactMap { token -> (Int, String)? in
            if case .invalid(let message) = token.kind { return (token.offset, message) }
            return nil
        }
        #expect(invalid.map(\.0) == [30])
        #expect(invalid.map(\.1) == [Self.tooLarge])
    }

    @Test(arguments: [
        "1.00000000000000000001e-9223372036854775807",
        "1.00000000000000000001e+9223372036854775807",
        "1.00000000000000000001e-00000000000000000000000000009223372036854775808",
        "100000000000000000000e9223372036854775807",
    ])
    func hugeExponentsOnLongNumbersAreRefused(_ literal: String) throws {
        #expect(
            RuleTestSupport.errors("\(literal) < 1")
                == [RuleCompileError(offset: 0, message: Self.tooLarge)])
        // The JSON reader keeps reading (so one such number hides no other problem) and marks
        // it as one that cannot be held; the decoders report it at its place.
        let document = try JSONReader.read("[\(literal)]")
        #expect(document.inexactNumbers == [1])
    }

    /// Leading zeros in the exponent of a long number change nothing: the value is exact.
    @Test func aLongNumberWithAPaddedExponentIsExact() throws {
        let literal = "1.00000000000000000001e-00000000000000000000000005"
        let root = try JSONReader.read("[\(literal)]").root
        let expected = try #require(Decimal(string: "0.0000100000000000000000001"))
        #expect(root.array?.first?.number?.decimal == expected)
        #expect(
            RuleTestSupport.evaluate("\(literal) * 100000") == .success(.number(expected * 100_000))
        )
    }
}
