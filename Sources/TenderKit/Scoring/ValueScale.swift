/// The best and worst values a quantitative criterion's points were computed from (step 7), over
/// the submissions scored in full. Documents give them so that anyone can check a submission's
/// points with the published formula, without saying whose values they are.
public struct ValueScale: Sendable, Equatable {
    /// The criterion's id.
    public var criterion: String
    public var best: Double
    public var worst: Double
}
