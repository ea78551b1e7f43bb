/// The engine's version, printed by `tender --version` and recorded in every decision record so a
/// result can be traced to the code that produced it.
public enum EngineVersion {
    public static let current = "0.1.0"
}
