import VersusFiles
import XCTest

/// When `versus serve` reads its folders again: when their signature changes, and once more when a signature taken
/// within the file system's clock tick of an edit has become old enough to trust (a second edit in that tick, of the
/// same size, leaves the signature as it was).
final class FolderSignatureTests: XCTestCase {
    private let second: Int64 = 1_000_000_000

    func testTheFirstSignatureAndAChangedOneAreRead() {
        let start = 1_000 * second
        let first = FolderSignature(text: "content/a.md:10:1", newest: start - 60 * second, takenAt: start)
        XCTAssertTrue(first.needsReading(since: nil, now: start))
        XCTAssertFalse(first.needsReading(since: first, now: start + second))
        let edited = FolderSignature(text: "content/a.md:11:2", newest: start - 60 * second, takenAt: start + second)
        XCTAssertTrue(edited.needsReading(since: first, now: start + second))
    }

    func testARecentSignatureIsReadOnceMoreWhenItIsOldEnough() {
        let start = 1_000 * second
        let recent = FolderSignature(text: "content/a.md:10:1", newest: start - second / 2, takenAt: start)
        XCTAssertTrue(recent.isRecent)
        let soon = FolderSignature(text: recent.text, newest: recent.newest, takenAt: start + second)
        XCTAssertFalse(soon.needsReading(since: recent, now: start + second), "still within the window: nothing new to trust")
        let later = FolderSignature(text: recent.text, newest: recent.newest, takenAt: start + 3 * second)
        XCTAssertFalse(later.isRecent)
        XCTAssertTrue(later.needsReading(since: recent, now: start + 3 * second))
        XCTAssertFalse(later.needsReading(since: later, now: start + 4 * second), "read once more, then settled")
    }

    func testAFileJustWrittenMakesARecentSignature() throws {
        let folder = try Fixture.temporaryFolder(self)
        try Fixture.write("x\n", to: folder + "/a.md")
        XCTAssertTrue(FolderSignature.of([folder]).isRecent)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: folder + "/a.md")
        XCTAssertFalse(FolderSignature.of([folder]).isRecent)
    }
}
