#if arch(x86_64)
    import _Builtin_intrinsics.intel.cpuid
#endif

/// What the processor reports it can do (CPUID), asked once per run: code compiled for an
/// instruction set extension runs only when the processor has it.
enum ProcessorFeatures {
    /// The SHA extensions and the SSSE3 and SSE4.1 instructions `SHA256Instructions` is
    /// compiled with.
    static let shaExtensions: Bool = {
        #if arch(x86_64)
            var eax: UInt32 = 0
            var ebx: UInt32 = 0
            var ecx: UInt32 = 0
            var edx: UInt32 = 0
            guard __get_cpuid_count(1, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
            let ssse3 = ecx & (1 << 9) != 0
            let sse41 = ecx & (1 << 19) != 0
            guard __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
            return ssse3 && sse41 && ebx & (1 << 29) != 0
        #else
            return false
        #endif
    }()
}
