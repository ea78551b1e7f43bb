import Testing

@testable import TenderKit

extension ConflictsTests {
    /// People's names: normalisation (case, diacritics, punctuation, titles) and the resemblance rule
    /// (`match`, `possible`, or nothing), with the tricky pairs of issue 5 and names that must stay apart.
    @Suite("Person names")
    struct PersonNameTests {
        @Test(
            "each rule gives the expected words",
            arguments: [
                ("Jane Smith", "jane smith", "jane", "smith", 2),
                ("  JANE   SMITH ", "jane smith", "jane", "smith", 2),
                // diacritics folded, letters without a decomposition spelt out
                ("Zoë Brontë", "zoe bronte", "zoe", "bronte", 2),
                ("Søren Łukasz Straße", "soren lukasz strasse", "soren", "strasse", 3),
                // punctuation removed, not read as a space
                ("Dr. Jane O'Neil", "jane oneil", "jane", "oneil", 2),
                ("Mary-Jane O’Brien", "maryjane obrien", "maryjane", "obrien", 2),
                ("J. Smith", "j smith", "j", "smith", 2),
                // titles dropped wherever they stand
                ("Prof Sir David Attwood", "david attwood", "david", "attwood", 2),
                ("Cllr. Mrs Anne Rev", "anne", "anne", "anne", 1),
                // Family name first, as registers write it: read given name first.
                ("Smith, Mr John", "john smith", "john", "smith", 2),
                ("Brennan, Lorraine", "lorraine brennan", "lorraine", "brennan", 2),
                ("Jane Smith, OBE", "jane smith", "jane", "smith", 2),
                (
                    "Professor Councillor Mx Dame Miss Ms Mr Dr Rev Sir Alex Kay", "alex kay",
                    "alex", "kay", 2
                ),
                // a title-like word that is not a title stays
                ("Drew Professorson", "drew professorson", "drew", "professorson", 2),
                // nothing left
                ("Dr", "", "", "", 0), ("", "", "", "", 0),
            ])
        func normalisation(raw: String, key: String, first: String, last: String, words: Int) {
            let name = PersonName(raw)
            #expect(name.key == key)
            #expect(name.first == first)
            #expect(name.last == last)
            #expect(name.wordCount == words)
        }

        @Test(
            "resemblance",
            arguments: [
                // equal word lists: match
                ("Dr. Jane O'Neil", "jane oneil", ConflictStrength?.some(.match)),
                ("Zoë Smith", "Zoe Smith", .match),
                ("Jane Ann Smith", "Mrs Jane Ann Smith", .match),
                ("J Smith", "J. Smith", .match),
                // one-word names: only the same word
                ("Smith", "smith", .match),
                ("Smith", "Jane Smith", nil),
                ("Jane", "Jane Smith", nil),
                // same first and last, middle names differ or one has none: possible
                ("Jane Smith", "Jane Ann Smith", .possible),
                ("Jane Ann Smith", "Jane Beth Smith", .possible),
                ("Jane Ann Smith", "Jane Smith", .possible),
                // a one-letter first name equal to the other's initial: possible
                ("J. Smith", "Jane Smith", .possible),
                ("Jane Smith", "J Smith", .possible),
                ("J Smith", "Jane Ann Smith", .possible),
                ("J A Smith", "Jane Smith", .possible),
                // different people
                ("Jane Smith", "John Smith", nil),
                ("J Smith", "K Smith", nil),
                ("Jane Smith", "Jane Smyth", nil),
                ("Ja Smith", "Jane Smith", nil),
                ("Smith Jane", "Jane Smith", nil),
                ("Dr", "Dr", nil),
            ])
        func resemblance(lhs: String, rhs: String, expected: ConflictStrength?) {
            #expect(PersonName(lhs).resemblance(to: PersonName(rhs)) == expected)
            #expect(PersonName(rhs).resemblance(to: PersonName(lhs)) == expected)
        }

        @Test(
            "names that can resemble each other share a lookup key; one-word names have their own")
        func lookupKeys() {
            #expect(PersonName("J. Smith").lookupKey == PersonName("Jane Ann Smith").lookupKey)
            #expect(PersonName("Jane Smith").lookupKey != PersonName("Kate Smith").lookupKey)
            #expect(PersonName("Smith").lookupKey != PersonName("Smith Smith").lookupKey)
            #expect(PersonName("Smith").lookupKey == PersonName("Dr Smith").lookupKey)
        }
    }
}

extension ConflictsTests {
    /// The table that spells accented Latin letters must agree with Foundation's folding, which
    /// handles every name the table does not cover.
    @Suite("Latin letters")
    struct LatinLetterTests {
        @Test("every letter from U+00C0 to U+017F folds as Foundation folds it")
        func tableAgreesWithFoundation() throws {
            var disagreements: [String] = []
            for value in UInt32(0xC0)...0x17F {
                let letter = String(try #require(Unicode.Scalar(value)))
                let byTable = try #require(LatinLetters.spell(letter))
                let byFoundation = NameFolding.spellWithFoundation(letter)
                if byTable != byFoundation {
                    disagreements.append(
                        "\(letter): \(String(decoding: byTable, as: UTF8.self)) / \(String(decoding: byFoundation, as: UTF8.self))"
                    )
                }
            }
            #expect(disagreements == [])
        }

        @Test(
            "quotes, dashes and the no-break space",
            arguments: [
                ("Siân O’Brien\u{00A0}Jones", "sian obrien jones"),
                ("Anne–Marie “Annie” Lee", "annemarie annie lee"),
                ("Ωmega Smith", "ωmega smith"),
            ])
        func punctuation(raw: String, key: String) {
            #expect(PersonName(raw).key == key)
        }
    }
}
