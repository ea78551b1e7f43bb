import Testing

@testable import TenderKit

extension ConflictsTests {
    /// Organisation names: each normalisation rule of issue 5, the tricky pairs, and names that must
    /// stay apart. Expected keys are written out by hand.
    @Suite("Organisation names")
    struct OrganisationNameTests {
        @Test(
            "each rule gives the expected key",
            arguments: [
                // case folded, spaces collapsed and trimmed
                ("  Redcar   ARTS  Centre ", "redcar arts centre"),
                // diacritics folded
                ("Café Zoë Community Kitchen", "cafe zoe community kitchen"),
                // & read as and, with or without spaces round it
                ("A&B Services", "a and b services"),
                ("A & B Services", "a and b services"),
                // punctuation read as a space
                ("St. John's Ambulance (Teesside)", "st john s ambulance teesside"),
                ("Tees-Valley Youth/Arts", "tees valley youth arts"),
                // a leading the dropped, but not a the inside the name
                ("The Wheelhouse", "wheelhouse"),
                ("Friends of the Earth", "friends of the earth"),
                // each trailing legal form dropped
                ("Acme Limited", "acme"), ("Acme Ltd", "acme"), ("Acme Ltd.", "acme"),
                ("Acme PLC", "acme"),
                ("Acme LLP", "acme"), ("Acme CIC", "acme"), ("Acme CIO", "acme"),
                ("Acme Inc.", "acme"),
                ("Acme Community Interest Company", "acme"),
                ("Acme Charitable Incorporated Organisation", "acme"),
                // repeatedly
                ("Acme CIC Ltd", "acme"), ("The Acme Trading Limited (CIO)", "acme trading"),
                // a legal form inside the name stays
                ("Limited Editions Press", "limited editions press"),
                // the last word is never dropped
                ("The Limited", "limited"), ("CIC", "cic"),
                // nothing to compare
                ("", ""), (" - ", ""),
            ])
        func normalisation(raw: String, key: String) {
            #expect(OrganisationName(raw).key == key)
        }

        @Test(
            "the same organisation written two ways",
            arguments: [
                ("Teesside Youth Trust Ltd", "The Teesside Youth Trust Limited"),
                ("A & B Services CIC", "A and B Services"),
                ("REDCAR ARTS CENTRE", "redcar arts centre"),
                ("Zoë's Place CIO", "Zoe's Place"),
                ("Hartlepool Food-Bank Community Interest Company", "Hartlepool Food Bank"),
            ])
        func samePairs(lhs: String, rhs: String) {
            #expect(OrganisationName(lhs).isSame(as: OrganisationName(rhs)))
            #expect(OrganisationName(rhs).isSame(as: OrganisationName(lhs)))
        }

        @Test(
            "different organisations stay apart",
            arguments: [
                ("Teesside Youth Trust", "Teesside Youth Trust North"),
                ("A & B Services", "A B Services"),
                ("Redcar Arts", "Redcar Arts Centre"),
                ("Acme Holdings Ltd", "Acme Ltd"),
            ])
        func differentPairs(lhs: String, rhs: String) {
            #expect(!OrganisationName(lhs).isSame(as: OrganisationName(rhs)))
        }

        @Test("an empty name matches nothing, not even another empty name")
        func emptyNames() {
            #expect(OrganisationName("").isEmpty)
            #expect(!OrganisationName("").isSame(as: OrganisationName("...")))
        }

        @Test(
            "identifiers compare upper-cased without spaces",
            arguments: [
                ("gb-chc-1234567", "GB-CHC-1234567"),
                (" GB-COH 0123 4567 ", "GB-COH01234567"),
                ("gb-chc-\t1234567", "GB-CHC-1234567"),
                ("GB-CHC-1234567", "GB-CHC-1234567"),
            ])
        func identifiers(raw: String, key: String) {
            #expect(OrganisationIdentifier(raw).key == key)
        }
    }
}
