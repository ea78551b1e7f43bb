import Foundation
import Testing

@testable import TenderKit

/// The lots sample's open data: OCDS with the lots extension, valid against the core schema with
/// the bid and lots extensions applied (copies in Fixtures/standards/ocds/extensions), and an audit
/// schedule naming each lot's award.
@Suite struct LotsOpenDataTests {
    static let validator = SampleOutputs.packageRoot.appendingPathComponent(
        "Tests/TenderKitTests/Fixtures/standards/validate_extended.py"
    ).path

    private func validate(_ bytes: [UInt8]) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-ocds-lots-\(UUID().uuidString).json")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try #require(
            ExternalTool.run(["python3", Self.validator, "bid,lots", file.path]))
    }

    @Test(
        .enabled(
            if: ExternalTool.hasSchemaValidator,
            "needs python3 with jsonschema, referencing and rfc3339-validator"),
        arguments: SampleOutputs.names)
    func validWithTheLotsExtension(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let result = try validate(try #require(outputs.files["ocds.json"]))
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        .enabled(
            if: ExternalTool.hasSchemaValidator,
            "needs python3 with jsonschema, referencing and rfc3339-validator"))
    func theExtendedSchemaRejectsALotReferenceThatIsNotAList() throws {
        let outputs = try SampleOutputs("targeted-detached-youth-lots-2025")
        let text = try outputs.text("ocds.json")
        let broken = text.replacingOccurrences(
            of: "\"relatedLots\": [\n            \"hartlepool\"\n          ]",
            with: "\"relatedLots\": \"hartlepool\"")
        try #require(broken != text, "the sample's OCDS has no relatedLots to break")
        let result = try validate(Array(broken.utf8))
        #expect(result.status == 1, "\(result.output)")
    }

    @Test func lotsBidsAndAwardsName() throws {
        let outputs = try SampleOutputs("targeted-detached-youth-lots-2025")
        let bytes = try #require(outputs.files["ocds.json"])
        let object = try JSONSerialization.jsonObject(with: Data(bytes))
        let package = try #require(object as? [String: Any])
        let extensions = package["extensions"] as? [String] ?? []
        #expect(extensions.contains(OCDSReleaseWriter.lotsExtension))
        let release = try #require((package["releases"] as? [[String: Any]])?.first)
        let tender = try #require(release["tender"] as? [String: Any])
        let lots = try #require(tender["lots"] as? [[String: Any]])
        #expect(
            lots.compactMap { $0["id"] as? String } == [
                "hartlepool", "middlesbrough", "redcar-and-cleveland", "stockton-on-tees",
            ])
        #expect(
            (tender["lotDetails"] as? [String: Any])?["maximumLotsAwardedPerSupplier"] as? Int == 2)
        let awards = try #require(release["awards"] as? [[String: Any]])
        let awardLots = awards.map {
            ($0["id"] as? String ?? "", ($0["relatedLots"] as? [String]) ?? [])
        }
        #expect(
            awardLots.map(\.0).sorted() == [
                "targeted-detached-youth-lots-2025-tdl-2025-02",
                "targeted-detached-youth-lots-2025-tdl-2025-04",
                "targeted-detached-youth-lots-2025-tdl-2025-09",
                "targeted-detached-youth-lots-2025-tdl-2025-12",
            ])
        #expect(Set(awardLots.flatMap(\.1)) == Set(lots.compactMap { $0["id"] as? String }))
        let bids = try #require((release["bids"] as? [String: Any])?["details"] as? [[String: Any]])
        #expect(bids.count == 13)
        #expect(bids.allSatisfy { ($0["relatedLots"] as? [String])?.count == 1 })
    }

    @Test func theAuditScheduleNamesEachLotsAward() throws {
        let outputs = try SampleOutputs("targeted-detached-youth-lots-2025")
        let calendar = try outputs.text("audit-schedule.ics").replacingOccurrences(
            of: "\r\n ", with: "")
        for (organisation, lot) in [
            ("Kerbside Youth Work CIC", "Middlesbrough"),
            ("Kerbside Youth Work CIC", "Stockton-on-Tees"),
            ("Youth Direction North East Ltd", "Hartlepool"),
            ("Redcar Coast Youth Project", "Redcar and Cleveland"),
        ] {
            #expect(
                calendar.contains("SUMMARY:Audit review 1 of 4: \(organisation)\\, lot \(lot)\r\n"),
                "\(lot)")
        }
    }
}
