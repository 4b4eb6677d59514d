import VersusModel
import VersusLoad
import VersusRender
import VersusBuild
import VersusIncremental
import VersusKit
import XCTest

/// Rebuilds skip what did not change, rewrite only the pages that show an edited entry, and remove stale pages.
final class IncrementalBuildTests: XCTestCase {
    private var folder = ""
    private var content = ""
    private var output: String { folder + "/site" }

    override func setUpWithError() throws {
        folder = try Fixture.temporaryFolder(self)
        content = try Fixture.copy("basic", into: folder)
    }

    private func build() throws -> BuildReport {
        try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
    }

    /// Each output file's inode: a file written again is a new file renamed into place, so its inode changes
    /// (no waiting for the clock to tick, as comparing modification times would need).
    private func fileIdentities() -> [String: UInt64] {
        var inodes: [String: UInt64] = [:]
        for file in Fixture.files(in: output) {
            var info = stat()
            stat(output + "/" + file, &info)
            inodes[file] = UInt64(info.st_ino)
        }
        return inodes
    }

    func testNoOpRebuildWritesNothing() throws {
        _ = try build()
        let before = fileIdentities()
        let report = try build()
        XCTAssertEqual(report.filesWritten, 0)
        XCTAssertEqual(report.filesRemoved, 0)
        XCTAssertEqual(fileIdentities(), before)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/.versus"), "the manifest lives beside the content")
        XCTAssertFalse(Fixture.files(in: output).contains { $0.contains("manifest") })
    }

    func testEditingOneEntryRewritesOnlyThePagesThatShowIt() throws {
        _ = try build()
        let before = fileIdentities()
        let path = content + "/mail/354.md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "The server is ready for the message.", with: "The server now waits for the message."), to: path)
        let report = try build()
        let after = fileIdentities()
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        XCTAssertEqual(rewritten, ["en/mail/354.html", "en/mail/250-vs-354.html", "en/mail/354-vs-451.html", "en/mail/354-vs-535.html"])
        XCTAssertEqual(report.filesWritten, 4)

        // The result is the same as a clean build.
        let clean = folder + "/clean"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: clean))
        for file in Fixture.files(in: clean) {
            XCTAssertEqual(FileManager.default.contents(atPath: clean + "/" + file), FileManager.default.contents(atPath: output + "/" + file), file)
        }
    }

    func testPairNotesRewriteOnlyThePagesThatShowThem() throws {
        _ = try build()
        var before = fileIdentities()
        let note = content + "/mail/535-vs-451.md"
        try Fixture.write(try Fixture.read(note).replacingOccurrences(of: "keep the message queued", with: "hold the message"), to: note)
        _ = try build()
        var after = fileIdentities()
        XCTAssertEqual(Set(after.keys.filter { after[$0] != before[$0] }), ["en/mail/451-vs-535.html"])

        // A new note adds the pair to "Frequently compared" of its family, both code pages and the search index.
        before = after
        try Fixture.write("---\nsummary: 250 ends a step; 354 asks for the data.\n---\n\nAfter DATA, 354 comes first.\n", to: content + "/mail/250-vs-354.md")
        _ = try build()
        after = fileIdentities()
        XCTAssertEqual(Set(after.keys.filter { after[$0] != before[$0] }),
                       ["en/mail/250-vs-354.html", "en/mail/250.html", "en/mail/354.html", "en/mail/index.html", "en/search-index.js"])

        let clean = folder + "/clean"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: clean))
        XCTAssertEqual(Fixture.files(in: clean), Fixture.files(in: output))
        for file in Fixture.files(in: clean) {
            XCTAssertEqual(FileManager.default.contents(atPath: clean + "/" + file), FileManager.default.contents(atPath: output + "/" + file), file)
        }
    }

    func testChangingATitleRewritesTheListsThatShowIt() throws {
        _ = try build()
        let before = fileIdentities()
        let path = content + "/mail/354.md"
        try Fixture.write(try Fixture.read(path).replacingOccurrences(of: "title: Start mail input", with: "title: Start message input"), to: path)
        _ = try build()
        let after = fileIdentities()
        let rewritten = Set(after.keys.filter { after[$0] != before[$0] })
        XCTAssertTrue(rewritten.isSuperset(of: ["en/mail/index.html", "en/mail/250.html", "en/search-index.js", "en/mail/451-vs-354.html"]))
        XCTAssertFalse(rewritten.contains("en/mail/250-vs-451.html"))
    }

    /// A comparison page that shows each side's related entries by name shows a related entry's new title after a
    /// rebuild, though neither side changed: fingerprints cover every value a page's template receives.
    func testAComparisonShowingRelatedEntriesFollowsTheirTitles() throws {
        let templates = folder + "/templates"
        try FileManager.default.createDirectory(atPath: templates, withIntermediateDirectories: true)
        let pair = try Fixture.read(Fixture.templates + "/pair.mustache")
        XCTAssertTrue(pair.contains("{{>partials/entry-sections}}\n"))
        try Fixture.write(pair.replacingOccurrences(of: "{{>partials/entry-sections}}\n", with: """
            {{>partials/entry-sections}}
            <ul class="related">{{#related}}<li>{{{name_html}}}</li>{{/related}}</ul>

            """), to: templates + "/pair.mustache")
        func build(_ output: String) throws {
            _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
        }
        try build(output)
        XCTAssertTrue(try Fixture.read(output + "/en/mail/250-vs-451.html").contains(#"<ul class="related"><li>Start mail input</li></ul>"#))

        let entry = content + "/mail/354.md"
        try Fixture.write(try Fixture.read(entry).replacingOccurrences(of: "title: Start mail input", with: "title: Start message input"), to: entry)
        try build(output)
        XCTAssertTrue(try Fixture.read(output + "/en/mail/250-vs-451.html").contains(#"<ul class="related"><li>Start message input</li></ul>"#))
        try build(folder + "/clean")
        XCTAssertNil(RebuildPropertyTests.difference(output, folder + "/clean"))
    }

    /// An asset file that becomes a folder of assets: the old file, which the last build wrote, makes way.
    func testAnAssetThatBecomesAFolderOfAssets() throws {
        let templates = folder + "/templates"
        try Fixture.write("a\n", to: templates + "/assets/extra")
        func build(_ output: String) throws {
            _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output))
        }
        try build(output)
        try FileManager.default.removeItem(atPath: templates + "/assets/extra")
        try Fixture.write("b {}\n", to: templates + "/assets/extra/b.css")
        try build(output)
        XCTAssertEqual(try Fixture.read(output + "/assets/extra/b.css"), "b {}\n")
        try build(folder + "/clean")
        XCTAssertNil(RebuildPropertyTests.difference(output, folder + "/clean"))
    }

    /// An edit that keeps the file's size and puts its old modification time back (`touch -r`, `cp -p`) still
    /// changes its inode's change time, which the build compares too.
    func testAnEditWithItsOldModificationTimePutBackIsSeen() throws {
        try stamp(content, seconds: 1_600_000_000)
        _ = try build()
        let entry = content + "/mail/250.md"
        let text = try Fixture.read(entry)
        let edited = text.replacingOccurrences(of: "title: OK", with: "title: OX")
        XCTAssertEqual(edited.utf8.count, text.utf8.count)
        try Fixture.write(edited, to: entry)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_600_000_000)], ofItemAtPath: entry)
        _ = try build()
        XCTAssertTrue(try Fixture.read(output + "/en/mail/250.html").contains("OX"))
    }

    /// A language dropped from site.yml takes its pages and the folders they were in.
    func testADroppedLanguageLeavesNoEmptyFolders() throws {
        let content = try Fixture.copy("multilingual", into: folder + "/multi")
        func build(_ output: String) throws {
            _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output))
        }
        try build(output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/ar/mail"))
        try Fixture.write(try Fixture.read(content + "/site.yml").replacingOccurrences(of: "  - {code: ar, untranslated: omit}\n", with: ""),
                          to: content + "/site.yml")
        for file in Fixture.files(in: content) where file.contains(".ar.") || file.hasSuffix("/ar.yml") {
            try FileManager.default.removeItem(atPath: content + "/" + file)
        }
        try build(output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/ar"))
        try build(folder + "/clean")
        XCTAssertNil(RebuildPropertyTests.difference(output, folder + "/clean"))
    }

    func testDeletedEntryLosesItsPagesButOtherFilesStay() throws {
        _ = try build()
        try Fixture.write("mine\n", to: output + "/notes.txt")
        try Fixture.write("mine\n", to: output + "/en/mail/999.html")
        try FileManager.default.removeItem(atPath: content + "/mail/451.md")
        try FileManager.default.removeItem(atPath: content + "/mail/535-vs-451.md")
        let report = try build()
        let files = Set(Fixture.files(in: output))
        XCTAssertFalse(files.contains { $0.contains("451") }, "\(files.filter { $0.contains("451") })")
        XCTAssertTrue(files.contains("notes.txt"))
        XCTAssertTrue(files.contains("en/mail/999.html"))
        XCTAssertEqual(report.filesRemoved, 1 + 3 + 3)
    }

    /// Sets every file's modification time under `folder` to `seconds` since 1970.
    private func stamp(_ folder: String, seconds: Int) throws {
        for file in Fixture.files(in: folder) {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: TimeInterval(seconds))],
                                                  ofItemAtPath: folder + "/" + file)
        }
    }

    func testUnchangedSourcesAreNotEvenLoaded() throws {
        try stamp(content, seconds: 1_600_000_000)
        _ = try build()
        XCTAssertEqual(try build().stages.map(\.name), ["compare with the last build"], "nothing read changed: nothing is loaded")

        // Touched but not changed: loaded and compared again, nothing written, and the next build is skipped again.
        let entry = content + "/mail/250.md"
        try Fixture.write(try Fixture.read(entry), to: entry)
        let touched = try build()
        XCTAssertTrue(touched.stages.map(\.name).contains("load"))
        XCTAssertEqual(touched.filesWritten, 0)
        try stamp(content, seconds: 1_600_000_100)
        XCTAssertTrue(try build().stages.map(\.name).contains("load"))
        XCTAssertEqual(try build().stages.map(\.name), ["compare with the last build"])

        // A page changed by hand defeats the shortcut.
        try Fixture.write("tampered\n", to: output + "/en/mail/250.html")
        XCTAssertEqual(try build().filesWritten, 1)
        XCTAssertEqual(try build().stages.map(\.name), ["compare with the last build"])
        // So does one at the site's root, and a page removed by hand.
        try Fixture.write("tampered\n", to: output + "/index.html")
        XCTAssertEqual(try build().filesWritten, 1)
        try FileManager.default.removeItem(atPath: output + "/en/mail/250-vs-535.html")
        XCTAssertEqual(try build().filesWritten, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/en/mail/250-vs-535.html"))
    }

    /// An edit that keeps a file's size and lands in the same tick of the file system's clock leaves its stamp as it
    /// was: a build that read sources that recent never vouches for them, so the next build reads them again.
    func testAnEditInvisibleToFileStampsIsStillSeen() throws {
        let entry = content + "/mail/250.md"
        let future = Date().addingTimeInterval(3600)
        try FileManager.default.setAttributes([.modificationDate: future], ofItemAtPath: entry)
        _ = try build()
        let text = try Fixture.read(entry)
        let edited = text.replacingOccurrences(of: "title: OK", with: "title: OX")
        XCTAssertEqual(edited.utf8.count, text.utf8.count)
        try Fixture.write(edited, to: entry)
        try FileManager.default.setAttributes([.modificationDate: future], ofItemAtPath: entry)
        _ = try build()
        XCTAssertTrue(try Fixture.read(output + "/en/mail/250.html").contains("OX"))
    }

    /// A build killed mid-write can leave a temporary file in a page's folder. Listing every folder costs a name per
    /// page, so a build lists them only when the last build did not finish or left no manifest.
    func testTemporariesOfAnUnfinishedBuildAreRemoved() throws {
        let temporary = output + "/en/mail/.250.html.4242.7.tmp"
        try FileManager.default.createDirectory(atPath: output + "/en/mail", withIntermediateDirectories: true)
        try Fixture.write("partial", to: temporary)
        _ = try build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary), "the first build in a folder removes them")

        let marker = BuildManifest.unfinishedMarker(of: BuildManifest.file(contentDirectory: content, outputDirectory: output))
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker), "a finished build removes its marker")
        try Fixture.write("partial", to: temporary)
        try Fixture.write("", to: marker)
        try Fixture.write(try Fixture.read(content + "/mail/250.md") + "\nEdited.\n", to: content + "/mail/250.md")
        _ = try build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary), "a build after an unfinished one removes them")
        XCTAssertFalse(FileManager.default.fileExists(atPath: marker))

        // A version before the marker left none: its manifest, numbers not at the fixed width, tells.
        let manifest = BuildManifest.file(contentDirectory: content, outputDirectory: output)
        try Fixture.write(try Fixture.read(manifest).replacingOccurrences(of: " 0", with: " "), to: manifest)
        try Fixture.write("partial", to: temporary)
        try Fixture.write(try Fixture.read(content + "/mail/250.md") + "\nEdited again.\n", to: content + "/mail/250.md")
        _ = try build()
        XCTAssertFalse(FileManager.default.fileExists(atPath: temporary), "a build after an older version's removes them")
    }

    /// A manifest cut short (a crash before the disk had all of it) records fewer files than the site has pages:
    /// the no-op shortcut does not take it for the whole site.
    func testAManifestCutShortDoesNotVouchForTheFilesItLost() throws {
        try stamp(content, seconds: 1_600_000_000)
        _ = try build()
        let manifest = BuildManifest.file(contentDirectory: content, outputDirectory: output)
        let lines = try Fixture.read(manifest).split(separator: "\n")
        try Fixture.write(lines.prefix(lines.count / 2).joined(separator: "\n") + "\n", to: manifest)
        let lost = try XCTUnwrap(lines.suffix(from: lines.count / 2).map { String($0.split(separator: " ", maxSplits: 3)[3]) }.first { $0.hasSuffix(".html") })
        let page = output + "/" + lost
        let original = try Fixture.read(page)
        try FileManager.default.removeItem(atPath: page)
        _ = try build()
        XCTAssertEqual(try Fixture.read(page), original)
    }

    /// Each record line of the manifest: (size, modification time) by path.
    private func manifestRecords() throws -> [String: [Int64]] {
        let text = try Fixture.read(BuildManifest.file(contentDirectory: content, outputDirectory: output))
        var records: [String: [Int64]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 3)
            records[String(fields[3])] = [Int64(fields[1])!, Int64(fields[2])!]
        }
        return records
    }

    /// Every file of the output as the manifest says it is: its size and modification time.
    private func assertManifestRecordsEveryFileAsItIs(_ message: String) throws {
        var onDisk: [String: [Int64]] = [:]
        for file in Fixture.files(in: output) {
            var info = stat()
            stat(output + "/" + file, &info)
            onDisk[file] = [Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)]
        }
        XCTAssertEqual(try manifestRecords(), onDisk, message)
    }

    /// An edit that keeps the site's files rewrites the changed records in place; a manifest written by an older
    /// version, its numbers not at the fixed width, is written again whole. Either way it records every file as it is.
    func testTheManifestRecordsEveryFileAsItIsAfterEachKindOfSave() throws {
        _ = try build()
        try assertManifestRecordsEveryFileAsItIs("after a first build")
        let entry = content + "/mail/250.md"
        try Fixture.write(try Fixture.read(entry) + "\nFirst edit.\n", to: entry)
        XCTAssertGreaterThan(try build().filesWritten, 0)
        try assertManifestRecordsEveryFileAsItIs("after an edit rewrote records in place")

        let manifest = BuildManifest.file(contentDirectory: content, outputDirectory: output)
        let unpadded = try Fixture.read(manifest).split(separator: "\n").map { line -> String in
            guard !line.hasPrefix("#") else { return String(line) }
            let fields = line.split(separator: " ", maxSplits: 3)
            return [String(UInt64(fields[0], radix: 16)!, radix: 16), String(Int64(fields[1])!), String(Int64(fields[2])!), String(fields[3])]
                .joined(separator: " ")
        }.joined(separator: "\n") + "\n"
        try Fixture.write(unpadded, to: manifest)
        try Fixture.write(try Fixture.read(entry) + "\nSecond edit.\n", to: entry)
        XCTAssertGreaterThan(try build().filesWritten, 0)
        try assertManifestRecordsEveryFileAsItIs("after an edit over an older manifest")
        XCTAssertEqual(try build().filesWritten, 0)
    }

    /// A build killed while it rewrote its manifest in place leaves the records of the files it wrote under the
    /// header of the build before it. When the next build's sources and options are those of that older header
    /// again, neither the no-op shortcut nor a family's unchanged scope may vouch for those records.
    func testABuildCutShortWhileRewritingItsManifestIsRecoveredFrom() throws {
        try stamp(content, seconds: 1_600_000_000)
        func build(_ baseURL: String, into folder: String? = nil) throws -> BuildReport {
            var options = BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: folder ?? output)
            options.baseURL = baseURL
            return try SiteBuilder.build(options)
        }
        let manifest = BuildManifest.file(contentDirectory: content, outputDirectory: output)
        _ = try build("https://first.example/")
        let header = try Fixture.read(manifest).split(separator: "\n").filter { $0.hasPrefix("#") }
        _ = try build("https://second.example/")
        let records = try Fixture.read(manifest).split(separator: "\n").filter { !$0.hasPrefix("#") }
        try Fixture.write((header + records).joined(separator: "\n") + "\n", to: manifest)
        try Fixture.write("", to: BuildManifest.unfinishedMarker(of: manifest))

        XCTAssertGreaterThan(try build("https://first.example/").filesWritten, 0)
        _ = try build("https://first.example/", into: folder + "/clean")
        XCTAssertNil(RebuildPropertyTests.difference(output, folder + "/clean"))
    }

    /// Builds stopped partway leave the pages they wrote unrecorded. Once the entries those pages show are gone, the
    /// next build removes them, also those of an earlier stopped build, as a clean build would not have them; a file
    /// the user put in the output stays.
    func testPagesOfBuildsCutShortGoWhenNoLongerMade() throws {
        _ = try build()
        let entry = try Fixture.read(content + "/mail/451.md")
        func add(_ code: String) throws {
            try Fixture.write(entry.replacingOccurrences(of: "code: \"451\"", with: "code: \"\(code)\""), to: content + "/mail/\(code).md")
            // A folder where the entry's code page goes stops the build after its other pages are written.
            try FileManager.default.createDirectory(atPath: output + "/en/mail/\(code).html", withIntermediateDirectories: true)
            XCTAssertThrowsError(try build())
            XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/en/mail/250-vs-\(code).html"))
            try FileManager.default.removeItem(atPath: output + "/en/mail/\(code).html")
            try FileManager.default.removeItem(atPath: content + "/mail/\(code).md")
        }
        try add("452")
        try add("453")
        try Fixture.write("codes.example\n", to: output + "/CNAME")

        let leftOver = Fixture.files(in: output).filter { $0.contains("452") || $0.contains("453") }
        XCTAssertTrue(leftOver.contains("en/mail/451-vs-452.html") && leftOver.contains("en/mail/453-vs-535.html"), "\(leftOver)")
        let report = try build()
        XCTAssertEqual(report.filesRemoved, leftOver.count)
        XCTAssertEqual(Fixture.files(in: output).filter { $0.contains("452") || $0.contains("453") }, [])
        XCTAssertEqual(try Fixture.read(output + "/CNAME"), "codes.example\n")
        try FileManager.default.removeItem(atPath: output + "/CNAME")
        let clean = folder + "/clean"
        _ = try SiteBuilder.build(BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: clean))
        XCTAssertNil(RebuildPropertyTests.difference(output, clean))
    }

    func testAFileChangedByHandIsRestored() throws {
        _ = try build()
        let page = output + "/en/mail/250-vs-535.html"
        let original = try Fixture.read(page)
        try Fixture.write("tampered\n", to: page)
        let report = try build()
        XCTAssertEqual(report.filesWritten, 1)
        XCTAssertEqual(try Fixture.read(page), original)
    }

    /// Switching `--redirects` from one mode to another in the same output gives what a clean build of that mode
    /// gives: the redirect pages or the map appear, and the ones of the last mode go.
    func testSwitchingRedirectModesEqualsACleanBuild() throws {
        func build(_ mode: RedirectMode, into output: String) throws -> BuildReport {
            var options = BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output)
            options.redirects = mode
            return try SiteBuilder.build(options)
        }
        let modes: [RedirectMode] = [.nginx, .files, .netlify, .none, .nginx, .netlify, .files, .none, .files]
        for mode in RedirectMode.allCases { _ = try build(mode, into: folder + "/clean-" + mode.rawValue) }
        _ = try build(.files, into: output)
        for mode in modes {
            let report = try build(mode, into: output)
            XCTAssertNil(RebuildPropertyTests.difference(output, folder + "/clean-" + mode.rawValue), "after switching to \(mode)")
            XCTAssertLessThanOrEqual(report.filesWritten, 6, "only the redirect pages or the map are written (\(mode))")
        }
        XCTAssertEqual(try build(.files, into: output).filesWritten, 0, "the same mode again writes nothing")
    }
}
