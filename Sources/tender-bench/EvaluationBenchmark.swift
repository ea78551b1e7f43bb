import Foundation
import TenderKit

func runEvaluationBenchmark(_ arguments: [String]) {
    for count in arguments.compactMap(Int.init) {
        let folder = NationalRound(submissions: count).prepare()
        print(folder)
    }
}
