import Dispatch
import Foundation

/// How fast this machine takes new files at the moment: 30,000 files of 11,000 bytes (an HTML
/// summary's size) created and written in a new folder, timed with the kernel's share of it.
///
/// On the development machine, a virtual machine, the same loop takes 0.8 s or 5 s depending on
/// the host: memory the kernel freed in the last seconds is fast to fill again, memory it freed
/// longer ago has been handed back to the host and costs about 7 ms a megabyte to touch anew
/// (most of it in `copy_folio_from_iter_atomic`, the copy into new page-cache pages). A run with
/// every document writes 2.8 GB of new files, so its time moves with the host's state; the
/// benchmark measures this before and after its runs to show the state it ran in.
enum PageCacheProbe {
    static let files = 30_000
    static let fileSize = 11_000

    /// A table row: the files' wall time, the kernel's part of it and the rate.
    static func row(_ label: String) -> String {
        let folder = FreshOutputFolders.next("probe")
        guard
            (try? FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)) != nil
        else { return "| – | machine (\(label)): the probe's folder could not be made | | | |" }
        let bytes = [UInt8](repeating: UInt8(ascii: "x"), count: fileSize)
        let systemBefore = systemSeconds()
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<files {
            let descriptor = open(
                "\(folder)/f\(index).html", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            let written =
                descriptor < 0
                ? -1 : bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if descriptor >= 0 { close(descriptor) }
            guard written == fileSize else {
                return "| – | machine (\(label)): file \(index) could not be written | | | |"
            }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let kernel = systemSeconds() - systemBefore
        let megabytes = Double(files * fileSize) / 1e6
        return
            "| – | machine (\(label)): \(files) new files of \(fileSize) bytes | \(format(seconds)) (kernel \(format(kernel))) | \(Int(megabytes / seconds)) MB/s | |"
    }

    /// The system CPU time this process has used.
    private static func systemSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }
}
