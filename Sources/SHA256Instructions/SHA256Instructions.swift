#if arch(x86_64)
    import _Builtin_intrinsics.intel

    /// SHA-256's compression function on the x86 SHA extensions (`sha256rnds2`, `sha256msg1`,
    /// `sha256msg2`): about eight times the throughput of the portable code in `TenderKit.SHA256`.
    ///
    /// A module of its own because Swift has no per-function target attribute: this one is
    /// compiled with `-msha -mssse3 -msse4.1` (see `Package.swift`), so nothing else is. Call it
    /// only when `TenderKit.SHA256` has seen the processor report those features (CPUID).
    public enum SHA256Instructions {
        /// Compresses every 64-byte block of `blocks` (a whole number of them) into `state`, the
        /// eight working words a…h of FIPS 180-4.
        public static func compress(_ state: inout [UInt32], blocks: UnsafeRawBufferPointer) {
            // The instructions keep the state as two vectors of lanes (low to high) F E B A and
            // H G D C.
            var abef = SIMD4<UInt32>(state[5], state[4], state[1], state[0])
            var cdgh = SIMD4<UInt32>(state[7], state[6], state[3], state[2])
            for offset in stride(from: 0, to: blocks.count - 63, by: 64) {
                let (savedABEF, savedCDGH) = (abef, cdgh)
                var w0 = word(blocks, offset)
                var w1 = word(blocks, offset + 16)
                var w2 = word(blocks, offset + 32)
                var w3 = word(blocks, offset + 48)
                rounds(w0, 0, &abef, &cdgh)
                rounds(w1, 1, &abef, &cdgh)
                rounds(w2, 2, &abef, &cdgh)
                rounds(w3, 3, &abef, &cdgh)
                for group in 4..<16 {
                    // W[t..t+3] from W[t-16..t-1]: σ0 terms by msg1, the W[t-7] terms by the
                    // shifted pair, σ1 terms by msg2.
                    let shifted = SIMD4<UInt32>(w2[1], w2[2], w2[3], w3[0])
                    let partial = vector(_mm_sha256msg1_epu32(m128(w0), m128(w1))) &+ shifted
                    let next = vector(_mm_sha256msg2_epu32(m128(partial), m128(w3)))
                    rounds(next, group, &abef, &cdgh)
                    (w0, w1, w2, w3) = (w1, w2, w3, next)
                }
                abef &+= savedABEF
                cdgh &+= savedCDGH
            }
            state = [abef[3], abef[2], cdgh[3], cdgh[2], abef[1], abef[0], cdgh[1], cdgh[0]]
        }

        /// Four rounds: two `sha256rnds2`, each taking two words of message plus constant from
        /// the low half of its third operand.
        @inline(__always)
        private static func rounds(
            _ words: SIMD4<UInt32>, _ group: Int, _ abef: inout SIMD4<UInt32>,
            _ cdgh: inout SIMD4<UInt32>
        ) {
            let added = words &+ constants[group]
            let newCDGH = abef
            let first = _mm_sha256rnds2_epu32(m128(cdgh), m128(abef), m128(added))
            let high = SIMD4<UInt32>(added[2], added[3], 0, 0)
            abef = vector(_mm_sha256rnds2_epu32(m128(newCDGH), first, m128(high)))
            cdgh = vector(first)
        }

        /// Four big-endian words of the message at `offset`.
        @inline(__always)
        private static func word(_ blocks: UnsafeRawBufferPointer, _ offset: Int) -> SIMD4<UInt32> {
            let raw = blocks.loadUnaligned(fromByteOffset: offset, as: SIMD4<UInt32>.self)
            return vector(_mm_shuffle_epi8(m128(raw), byteSwap))
        }

        @inline(__always)
        private static func m128(_ value: SIMD4<UInt32>) -> __m128i {
            unsafeBitCast(value, to: __m128i.self)
        }

        @inline(__always)
        private static func vector(_ value: __m128i) -> SIMD4<UInt32> {
            unsafeBitCast(value, to: SIMD4<UInt32>.self)
        }

        /// Reverses the bytes of each 32-bit lane (`pshufb` indices).
        private static let byteSwap = unsafeBitCast(
            SIMD16<UInt8>(3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12), to: __m128i.self)

        /// FIPS 180-4's 64 round constants, four to a vector.
        private static let constants: [SIMD4<UInt32>] = [
            [0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5],
            [0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5],
            [0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3],
            [0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174],
            [0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc],
            [0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da],
            [0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7],
            [0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967],
            [0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13],
            [0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85],
            [0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3],
            [0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070],
            [0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5],
            [0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3],
            [0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208],
            [0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2],
        ]
    }
#endif
