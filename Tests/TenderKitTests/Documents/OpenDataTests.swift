import Foundation
import Testing

@testable import TenderKit

/// The open-data exports validate against the official schemas (copies in Fixtures/standards,
/// checked with Python's jsonschema through the standards' own validate.py).
@Suite struct OpenDataTests {
    static let validator = SampleOutputs.packageRoot.appendingPathComponent(
        "Tests/TenderKitTests/Fixtures/standards/validate.py"
    ).path

    private func validate(_ standard: String, _ bytes: [UInt8]) throws -> (
        status: Int32, output: String
    ) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-\(standard)-\(UUID().uuidString).json")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try #require(ExternalTool.run(["python3", Self.validator, standard, file.path]))
    }

    @Test(
        .enabled(
            if: ExternalTool.hasSchemaValidator,
            "needs python3 with jsonschema, referencing and rfc3339-validator (pip install jsonschema rfc3339-validator)"
        ),
        arguments: SampleOutputs.names)
    func ocdsReleasePackageIsValid(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let bytes = try #require(outputs.files["ocds.json"])
        let result = try validate("ocds", bytes)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        .enabled(
            if: ExternalTool.hasSchemaValidator,
            "needs python3 with jsonschema, referencing and rfc3339-validator (pip install jsonschema rfc3339-validator)"
        ),
        arguments: ["community-safety-fund-2024", "police-property-act-fund-2024"])
    func threeSixtyGivingPackageIsValid(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let bytes = try #require(outputs.files["360giving.json"])
        let result = try validate("360giving", bytes)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(
        .enabled(
            if: ExternalTool.hasSchemaValidator,
            "needs python3 with jsonschema, referencing and rfc3339-validator"))
    func theValidatorRejectsABrokenPackage() throws {
        // A check that cannot fail proves nothing: drop the required ocid and expect a failure.
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let broken = try outputs.text("ocds.json").replacingOccurrences(
            of: "\"ocid\"", with: "\"notOcid\"")
        #expect(try validate("ocds", Array(broken.utf8)).status == 1)
    }

    @Test func ocdsReleaseHasTheAwardAndParties() throws {
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let bytes = try #require(outputs.files["ocds.json"])
        let package = try JSONReader.read(bytes).root
        let release = try #require(package["releases"]?.array?.first)
        #expect(release["ocid"]?.string == "ocds-213czf-victim-care-and-advice-2024")
        let awards = try #require(release["awards"]?.array)
        #expect(awards.count == 1)
        #expect(awards[0]["value"]?["amount"]?.number?.decimal == 3_312_000)
        #expect(awards[0]["status"]?.string == "active")
        let parties = try #require(release["parties"]?.array)
        #expect(parties.count == 6)
        let suppliers = parties.filter {
            $0["roles"]?.array?.contains { $0.string == "supplier" } == true
        }
        #expect(suppliers.map { $0["name"]?.string } == ["Northern Lantern Victim Services"])
        #expect(
            release["bids"]?["statistics"]?.array?.map { $0["value"]?.number?.int } == [5, 4, 3])
    }

    @Test func anOrganisationWithTwoSubmissionsIsOneParty() throws {
        // csf-2024-03 is rewritten to come from the charity of csf-2024-01: both are funded, and
        // OCDS party ids (and the schema's unique tenderers) allow that organisation once.
        let sample = try TemporarySample("community-safety-fund-2024")
        try sample.replace(
            "GB-CHC-1187342", with: "GB-CHC-1192457", in: "submissions/csf-2024-03.json")
        let outputs = try SampleOutputs(folder: sample.folder.path)
        let bytes = try #require(outputs.files["ocds.json"])
        let release = try #require(try JSONReader.read(bytes).root["releases"]?.array?.first)
        let partyIDs = try #require(release["parties"]?.array).compactMap { $0["id"]?.string }
        #expect(partyIDs.count == Set(partyIDs).count, "duplicate party ids: \(partyIDs)")
        let tenderers = try #require(release["tender"]?["tenderers"]?.array).compactMap {
            $0["id"]?.string
        }
        #expect(tenderers.count == Set(tenderers).count, "duplicate tenderers: \(tenderers)")
        #expect(release["tender"]?["numberOfTenderers"]?.number?.int == tenderers.count)
        let shared = try #require(
            release["parties"]?.array?.first { $0["id"]?.string == "GB-CHC-1192457" })
        #expect(shared["roles"]?.array?.map { $0.string } == ["tenderer", "supplier"])
        let suppliers = try #require(release["awards"]?.array).compactMap {
            $0["suppliers"]?.array?.first?["id"]?.string
        }
        #expect(suppliers.filter { $0 == "GB-CHC-1192457" }.count == 2)
        if ExternalTool.hasSchemaValidator {
            let result = try validate("ocds", bytes)
            #expect(result.status == 0, "\(result.output)")
        }
    }

    @Test func threeSixtyGivingHasOneGrantPerAward() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let bytes = try #require(outputs.files["360giving.json"])
        let grants = try #require(try JSONReader.read(bytes).root["grants"]?.array)
        // csf-05 £9,800, csf-07 £22,400, csf-01 £18,500, csf-03 £14,850, in rank order.
        #expect(grants.map { $0["amountAwarded"]?.number?.decimal } == [9800, 22400, 18500, 14850])
        #expect(
            grants.first?["recipientOrganization"]?.array?.first?["id"]?.string?.hasPrefix("GB-")
                == true)
        let csvLines = try outputs.text("360giving.csv").split(separator: "\n")
        #expect(csvLines.count == 5)
    }

    @Test func contractRoundsHaveNo360Giving() throws {
        #expect(try SampleOutputs("victim-care-and-advice-2024").files["360giving.json"] == nil)
    }
}
