import VersusDiagnostics
import VersusWrite
import VersusBuild
import VersusKit
import XCTest

final class ArchiveTests: XCTestCase {
    func testArchiveIsDeterministicAndHoldsTheSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        let site = folder + "/site"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: try Fixture.scratchContent("basic", self), templatesDirectory: Fixture.templates, outputDirectory: site))
        try FileManager.default.createDirectory(atPath: folder + "/one", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/two", withIntermediateDirectories: true)
        try SiteArchive.write(site: site, to: folder + "/one/codes.zip")
        // Different file times (as a later build would leave) must not change a byte of the archive.
        for file in Fixture.files(in: site) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: site + "/" + file)
        }
        try SiteArchive.write(site: site, to: folder + "/two/codes.zip")
        let one = try XCTUnwrap(FileManager.default.contents(atPath: folder + "/one/codes.zip"))
        XCTAssertEqual(one, FileManager.default.contents(atPath: folder + "/two/codes.zip"))

        let listing = Process()
        listing.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        listing.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print('\\n'.join(i.filename + ' ' + str(i.date_time[0]) for i in z.infolist())); z.testzip()", folder + "/one/codes.zip"]
        let pipe = Pipe()
        listing.standardOutput = pipe
        try listing.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        listing.waitUntilExit()
        XCTAssertEqual(listing.terminationStatus, 0)
        let names = output.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        XCTAssertEqual(names, Fixture.files(in: site).map { "codes/" + $0 })
        XCTAssertTrue(output.split(separator: "\n").allSatisfy { $0.hasSuffix(" 1980") })
    }

    func testArchiveInsideTheOutputFolderIsRefused() throws {
        let folder = try Fixture.temporaryFolder(self)
        XCTAssertThrowsError(try SiteArchive.check(archive: folder + "/site/all.zip", outputDirectory: folder + "/site")) { error in
            XCTAssertEqual((error as? BuildFailure)?.exitCode, 64)
        }
        XCTAssertNoThrow(try SiteArchive.check(archive: folder + "/all.zip", outputDirectory: folder + "/site"))
    }
}
