import Foundation
import TenderKit

// Benchmarks: run with `swift run -c release tender-bench [NAME...]`. Each prints its figures.
print("tender-bench: no benchmarks yet")
