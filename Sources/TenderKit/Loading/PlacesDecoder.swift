/// Reads a rubric's optional `places`: what each delivery-area code a submission may give in
/// `deliveryAreas` means as a place, for the open data (360Giving `beneficiaryLocation`):
/// `{"hartlepool": {"name": "Hartlepool", "geoCode": "E06000001", "geoCodeType": "LAD"}}`.
enum PlacesDecoder {
    static func decode(in rubric: FieldReader) -> [String: Rubric.Place]? {
        guard rubric.value("places", required: false) != nil else { return [:] }
        guard let places = rubric.child("places") else { return nil }
        var result: [String: Rubric.Place] = [:]
        var complete = true
        for member in places.object.members {
            guard let place = places.child(member.key) else {
                complete = false
                continue
            }
            place.rejectUnknownFields(allowed: ["name", "geoCode", "geoCodeType"])
            guard let name = place.string("name") else {
                complete = false
                continue
            }
            result[member.key] = Rubric.Place(
                name: name, geoCode: place.string("geoCode", required: false),
                geoCodeType: place.string("geoCodeType", required: false))
        }
        return complete ? result : nil
    }
}
