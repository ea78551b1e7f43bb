/// Every scale descriptor describes a score on the scale, and no score is described twice.
///
/// Evaluators choose scores by reading the descriptors; a descriptor for a score they cannot give,
/// or two meanings for one score, would mislead them. On a scale that does not run upwards no
/// score lies on it: `ScaleMinIsBelowMax` reports the scale instead of every descriptor.
public enum DescriptorsLieOnScale: RubricCheck {
    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        let scale = rubric.scale
        var diagnostics: [Diagnostic] = []
        var seen: [Double: SourceLocation] = [:]
        for (index, descriptor) in scale.descriptors.enumerated() {
            if scale.min < scale.max, descriptor.score < scale.min || descriptor.score > scale.max {
                diagnostics.append(
                    .error(
                        at: descriptor.location,
                        "scale.descriptors[\(index)]: the descriptor for score \(NumberText.plain(descriptor.score)) lies outside the scale \(NumberText.plain(scale.min)) to \(NumberText.plain(scale.max))"
                    ))
            }
            if let first = seen[descriptor.score] {
                diagnostics.append(
                    .error(
                        at: descriptor.location,
                        "scale.descriptors[\(index)]: score \(NumberText.plain(descriptor.score)) already has a descriptor (line \(first.line)); describe each score once"
                    ))
            } else {
                seen[descriptor.score] = descriptor.location
            }
        }
        return diagnostics
    }
}
