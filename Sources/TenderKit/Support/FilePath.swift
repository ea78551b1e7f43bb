/// Paths as they are shown to people: joined without doubled slashes, `.` and `..` resolved where
/// they can be, so that `Samples/x/../../Rubrics/a.json` is reported as `Rubrics/a.json`.
public enum FilePath {
    public static func join(_ folder: String, _ name: String) -> String {
        if name.hasPrefix("/") || folder.isEmpty || folder == "." { return normalise(name) }
        return normalise(folder + "/" + name)
    }

    /// `join(folder, name)` for each name, with the folder tidied once (a national round's
    /// submissions folder holds 100,000 files).
    public static func join(_ folder: String, names: [String]) -> [String] {
        let base = join(folder, "")
        return names.map { join(tidied: base, of: folder, $0) }
    }

    /// `join(folder, name)`, given `base`, the folder as `join(folder, "")` tidies it: a name of
    /// plain parts (none empty, `.` or `..`) is appended as it is, without tidying the whole
    /// path again (an output folder's 200,000 files); any other name is joined as `join` does.
    public static func join(tidied base: String, of folder: String, _ name: String) -> String {
        guard hasPlainParts(name) else { return join(folder, name) }
        switch base {
        case ".": return name
        case "/": return "/" + name
        default: return base + "/" + name
        }
    }

    /// Whether `name` is relative and every part between slashes is neither empty, `.` nor `..`
    /// (nor any other run of dots alone).
    static func hasPlainParts(_ name: String) -> Bool {
        var length = 0
        var dots = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: "/") {
                guard dots < length else { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return dots < length
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
