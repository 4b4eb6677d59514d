import VersusModel
import XCTest

final class CodeOrderTests: XCTestCase {
    /// Plain numbers (the fast path), numbers with leading zeros and dotted codes (piece by piece) in one order.
    func testCodesSortByValuePieceByPiece() {
        let ordered = ["0", "1", "9", "10", "099", "100", "0250", "250", "300", "1000", "X.2.9", "X.2.10", "X.10.1", "x"]
        for (i, a) in ordered.enumerated() {
            for (j, b) in ordered.enumerated() {
                XCTAssertEqual(CodeOrder.precedes(a, b), i < j, "\(a) before \(b)")
            }
        }
    }
}
