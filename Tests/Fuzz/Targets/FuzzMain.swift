import Foundation

// The entry point libFuzzer calls for every input. One binary holds every target (building the
// engine once with coverage and AddressSanitizer takes minutes); `run.sh` picks one by setting
// TENDER_FUZZ_TARGET. These files are compiled with the engine's sources by `run.sh`, never by
// `swift build`, so CI's build is unaffected.

/// The target this process runs, chosen once from the environment.
let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["TENDER_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTargets.all.first(where: { $0.name == name }) else {
        let names = FuzzTargets.all.map(\.name).joined(separator: ", ")
        FileHandle.standardError.write(
            Data("tender-fuzz: set TENDER_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
) -> CInt {
    _ = selectedTarget
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    selectedTarget.run(bytes)
    return 0
}
