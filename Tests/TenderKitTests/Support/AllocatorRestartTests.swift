import Testing

@testable import tender

/// When the executable restarts itself with glibc's huge-page setting, and with what
/// `GLIBC_TUNABLES` (`AllocatorRestart.tunables(for:)`). The restart itself runs in every test
/// that starts the built executable (`ValidateExecutableTests`, the sample tests).
struct AllocatorRestartTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var environment: [String: String]
        var expected: String?
        var testDescription: String { "\(environment)" }
    }

    static let cases: [Case] = [
        Case(environment: [:], expected: "glibc.malloc.hugetlb=1"),
        Case(environment: ["GLIBC_TUNABLES": ""], expected: "glibc.malloc.hugetlb=1"),
        // Another setting is kept, and the huge pages added after it.
        Case(
            environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"],
            expected: "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"),
        // Set already (after a restart, or by the user, who can turn it off with 0): no restart.
        Case(environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"], expected: nil),
        Case(environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"], expected: nil),
        Case(
            environment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0"],
            expected: nil),
        // A name that only starts the same is another setting.
        Case(
            environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlbx=1"],
            expected: "glibc.malloc.hugetlbx=1:glibc.malloc.hugetlb=1"),
        // Under valgrind: its allocator replaces glibc's, and it would not follow a restart.
        Case(
            environment: ["LD_PRELOAD": "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"],
            expected: nil),
        Case(
            environment: ["LD_PRELOAD": "/usr/lib/libother.so"], expected: "glibc.malloc.hugetlb=1"),
    ]

    @Test(arguments: cases)
    func tunables(_ testCase: Case) {
        #expect(AllocatorRestart.tunables(for: testCase.environment) == testCase.expected)
    }
}
