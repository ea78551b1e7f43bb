/// Paths as they are shown to people: joined without doubled slashes, `.` and `..` resolved where
/// they can be, so that `Samples/x/../../Rubrics/a.json` is reported as `Rubrics/a.json`.
public enum FilePath {
    public static func join(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") || folder.isEmpty || folder == "." { return normalise(name) }
        return normalise(folder + "/" + name)
    }

    /// `join(folder, name)` for each name, with the folder tidied once (a national round's
    /// submissions folder holds 100,000 files); a name holding `/`, or `.` or `..`, is joined
    /// as `join` does.
    public static func join(_ folder: String, names: [String]) -> [String] {
        let base = join(folder, "")
        return names.map { name in
            guard !name.isEmpty, name != ".", name != "..", !name.contains("/") else {
                return join(folder, name)
            }
            switch base {
            case ".": return name
            case "/": return "/" + name
            default: return base + "/" + name
            }
        }
    }

    public static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The last component: `a/b/c.json` → `c.json`.
    public static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
