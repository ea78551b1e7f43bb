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
            release["bids"]?["statistics"]?.array?.map { $0["value"]?.number?.int } == [5, 5, 4, 1])
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

/// Every OCDS code tender writes is in its codelist, as copied in Fixtures/standards.
@Suite struct OCDSCodelistTests {
    static func codes(_ codelist: String) throws -> Set<String> {
        let path = SampleOutputs.packageRoot.appendingPathComponent(
            "Tests/TenderKitTests/Fixtures/standards/ocds/extensions/bid/v1.1.5/codelists/\(codelist)"
        ).path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        // Find the Code column by its header; the columns before it (Category) hold no commas.
        let lines = text.split(separator: "\n")
        let header = try #require(lines.first).split(separator: ",")
        let column = try #require(header.firstIndex(of: "Code"))
        return Set(
            lines.dropFirst().map {
                String($0.split(separator: ",", omittingEmptySubsequences: false)[column])
            })
    }

    @Test(arguments: SampleOutputs.names)
    func everyBidStatisticIsACodelistValue(sample: String) throws {
        let codes = try Self.codes("bidStatistics.csv")
        #expect(codes.contains("validBids") && !codes.contains("qualifiedBids"))
        let outputs = try SampleOutputs(sample)
        let bytes = try #require(outputs.files["ocds.json"])
        let package = try #require(
            try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let releases = try #require(package["releases"] as? [[String: Any]])
        for release in releases {
            let bids = try #require(release["bids"] as? [String: Any])
            let statistics = try #require(bids["statistics"] as? [[String: Any]])
            #expect(!statistics.isEmpty)
            for statistic in statistics {
                let measure = try #require(statistic["measure"] as? String)
                #expect(
                    codes.contains(measure), "\(sample): '\(measure)' is not a bidStatistics code")
            }
        }
    }

    @Test func theStatisticsCountWhatTheyName() throws {
        // VCAS: 5 bids from 5 organisations, 4 passing the gates, 1 rejected as abnormally low.
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let statistics = BidStatistics(decision: outputs.decision, round: outputs.round).all
        #expect(
            statistics.map(\.measure) == ["bids", "bidders", "validBids", "tendersAbnormallyLow"])
        #expect(statistics.map(\.value) == [5, 5, 4, 1])
    }
}

/// What 360Giving's quality checks ask for and the round already knows.
@Suite struct ThreeSixtyGivingDetailTests {
    @Test func grantsCarryDatesLocationsAndTheirSource() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let bytes = try #require(outputs.files["360giving.json"])
        let package = try #require(
            try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let grants = try #require(package["grants"] as? [[String: Any]])
        let blade = try #require(
            grants.first { ($0["id"] as? String)?.hasSuffix("csf-2024-07") == true })
        let submission = try #require(outputs.round.submissions.first { $0.id == "csf-2024-07" })
        // The description is the submission's summary, not its title again.
        #expect(blade["description"] as? String == submission.json["summary"]?.string)
        #expect(blade["description"] as? String != blade["title"] as? String)
        // Awarded 2024-06-28 for 12 months.
        let planned = try #require((blade["plannedDates"] as? [[String: Any]])?.first)
        #expect(planned["startDate"] as? String == "2024-06-28")
        #expect(planned["endDate"] as? String == "2025-06-28")
        #expect(planned["duration"] as? Int == 12)
        // Delivered in Stockton-on-Tees and Hartlepool, in the submission's order.
        let places = try #require(blade["beneficiaryLocation"] as? [[String: Any]])
        #expect(places.map { $0["geoCode"] as? String } == ["E06000004", "E06000001"])
        #expect(blade["dateModified"] as? String == "2024-06-28T00:00:00Z")
        #expect(blade["dataSource"] as? String == "https://www.cleveland.pcc.police.uk/")
        let csv = try outputs.text("360giving.csv")
        #expect(
            csv.contains(
                "Stockton-on-Tees; Hartlepool,E06000004; E06000001,LAD; LAD,2024-06-28T00:00:00Z"))
    }
}
