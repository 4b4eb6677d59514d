import Foundation
import XCTest
@testable import VersusLoad

final class IdentifierTests: XCTestCase {
    /// The rule as a regular expression, as the content format documents it.
    private func documentedRule(_ code: String) -> Bool {
        code.range(of: #"^[A-Za-z0-9](?:[A-Za-z0-9.\-]{0,30}[A-Za-z0-9])?$"#, options: .regularExpression) != nil && !code.contains("..")
    }

    func testSafeCodesFollowTheDocumentedRule() {
        let named = ["250", "5.7.8", "X.7.8", "a", "A-1", "x-vs", "", ".", "..", "1..2", "-1", "1-", ".1", "1.", "a b", "a/b", "a\\b",
                     "ü1", "１", "1\u{0}", String(repeating: "1", count: 32), String(repeating: "1", count: 33), "a.-b", "a-.b"]
        for code in named { XCTAssertEqual(Identifiers.isSafeCode(code), documentedRule(code), code) }
        var random = SeededGenerator(seed: 7)
        let alphabet = Array("aZ09.-_ /é１\u{0}")
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...34, using: &random)
            let code = String((0..<length).map { _ in alphabet.randomElement(using: &random)! })
            XCTAssertEqual(Identifiers.isSafeCode(code), documentedRule(code), code)
        }
    }
}
