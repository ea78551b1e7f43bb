import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The rest of a large output file written past the kernel's page cache (Linux's `O_DIRECT`),
/// in blocks of `blockSize` from memory aligned to `alignment`, as `FileSink` hands it on.
///
/// Written through the page cache, every megabyte of a new file needs new pages of the cache,
/// and on a virtual machine whose host takes back memory the guest leaves free, each such page
/// is slow to get: on the development machine 552 MB (decision.json of a 100,000-application
/// round) took 2.7–3.6 s written through the cache in 4 MB writes, and 0.27–0.42 s past it, the
/// same program alternately (see the README's "The national-scale workload"). A file's last part
/// that is not a whole number of `alignment` bytes is written through the cache.
///
/// Where the file system does not take `O_DIRECT` (some do not) `start` gives nil and the file
/// is written as usual; a block the kernel refuses (`EINVAL`) is written again through the
/// cache, and so is everything after it.
final class UnbufferedWrites {
    /// Offsets, lengths and addresses of writes past the cache are multiples of this: a multiple
    /// of the usual block devices' logical block size (512 or 4,096 bytes).
    static let alignment = 4096
    static let blockSize = 4 << 20

    private let descriptor: Int32
    private let block: UnsafeMutableRawBufferPointer
    private var used = 0
    /// True once a write past the cache was refused: the rest goes through the cache.
    private var throughCache = false

    /// Turns `O_DIRECT` on for `descriptor`, whose offset `alignment` divides; nil when the
    /// system or the file system has no such writes.
    static func start(_ descriptor: Int32) -> UnbufferedWrites? {
        guard let flag = directFlag else { return nil }
        let flags = fcntl(descriptor, F_GETFL)
        guard flags >= 0, fcntl(descriptor, F_SETFL, flags | flag) == 0 else { return nil }
        return UnbufferedWrites(descriptor)
    }

    private init(_ descriptor: Int32) {
        self.descriptor = descriptor
        block = .allocate(byteCount: Self.blockSize, alignment: Self.alignment)
    }

    deinit { block.deallocate() }

    /// `O_DIRECT`'s value, which Swift's Glibc module does not carry (Linux's
    /// `asm-generic/fcntl.h` and its x86 and arm64 versions).
    private static var directFlag: Int32? {
        #if os(Linux) && arch(x86_64)
            return 0o40000
        #elseif os(Linux) && arch(arm64)
            return 0o200000
        #else
            return nil
        #endif
    }

    /// Copies `bytes` into the block, writing it each time it fills. Returns 0, or the `errno`
    /// of a write that failed.
    func append(_ bytes: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let count = min(bytes.count - offset, block.count - used)
            UnsafeMutableRawBufferPointer(rebasing: block[used..<used + count])
                .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]))
            used += count
            offset += count
            if used == block.count {
                let failure = writeBlock(upTo: used)
                guard failure == 0 else { return failure }
                used = 0
            }
        }
        return 0
    }

    /// Writes what the block holds: its whole multiples of `alignment` past the cache, the rest
    /// through it. Returns 0 or an `errno`.
    func finish() -> Int32 {
        let aligned = used / Self.alignment * Self.alignment
        let failure = writeBlock(upTo: aligned)
        guard failure == 0 else { return failure }
        let tail = UnsafeRawBufferPointer(rebasing: block[aligned..<used])
        used = 0
        guard !tail.isEmpty else { return 0 }
        writeThroughCache()
        return FileSink.writeAll(descriptor, tail)
    }

    /// The block's first `count` bytes (a multiple of `alignment`), past the cache unless it was
    /// refused before or is refused now.
    private func writeBlock(upTo count: Int) -> Int32 {
        let bytes = UnsafeRawBufferPointer(rebasing: block[0..<count])
        let (written, error) = FileSink.write(descriptor, bytes)
        guard error == EINVAL, !throughCache else { return error }
        // Refused past the cache (or the rest of a short write is out of alignment).
        writeThroughCache()
        return FileSink.writeAll(descriptor, UnsafeRawBufferPointer(rebasing: bytes[written...]))
    }

    /// Turns `O_DIRECT` off for the rest of the file.
    private func writeThroughCache() {
        guard !throughCache, let flag = Self.directFlag else { return }
        throughCache = true
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~flag) }
    }
}
