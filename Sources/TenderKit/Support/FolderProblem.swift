import Foundation

/// Why a folder cannot be created, in words a user can act on (never Foundation's
/// `Error Domain=NSCocoaErrorDomain Code=512 …`).
public enum FolderProblem {
    /// The reason `folder` cannot be created: the nearest existing path above it is a file, or a
    /// folder tender may not write in; or, failing both, that the disk refused.
    public static func reason(creating folder: String) -> String {
        let manager = FileManager.default
        var ancestor = FilePath.normalise(folder)
        var isDirectory: ObjCBool = false
        while !manager.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
            let parent = FilePath.normalise(ancestor + "/..")
            if parent == ancestor || parent == ".." || parent.hasSuffix("/..") { break }
            ancestor = parent
        }
        if manager.fileExists(atPath: ancestor, isDirectory: &isDirectory) {
            if !isDirectory.boolValue {
                return "\(ancestor) is a file, not a folder, so nothing can be created inside it"
            }
            if !manager.isWritableFile(atPath: ancestor) {
                return "tender may not create anything in \(ancestor) (check its permissions)"
            }
        }
        return "the file system refused (check the path, the permissions and the free space)"
    }
}
