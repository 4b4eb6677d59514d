import Foundation
import VersusKit
import VersusRender
import XCTest

/// `build --redirects files|nginx|netlify|none`: redirect pages, or a server's map of the reversed pairs at the
/// output root, or neither.
final class RedirectsTests: XCTestCase {
    private let reversedPairs = ["en/mail/354-vs-250.html", "en/mail/451-vs-250.html", "en/mail/451-vs-354.html",
                                 "en/mail/535-vs-250.html", "en/mail/535-vs-354.html", "en/mail/535-vs-451.html"]

    private func build(_ mode: RedirectMode, baseURL: String? = nil, into output: String, content: String) throws -> BuildReport {
        var options = BuildOptions(contentDirectory: content, templatesDirectory: Fixture.templates, outputDirectory: output, baseURL: baseURL)
        options.redirects = mode
        return try SiteBuilder.build(options)
    }

    func testEachModeWritesPagesOrAMapOrNeither() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        var files: [RedirectMode: [String]] = [:]
        for mode in RedirectMode.allCases {
            _ = try build(mode, into: folder + "/" + mode.rawValue, content: content)
            files[mode] = Fixture.files(in: folder + "/" + mode.rawValue)
            XCTAssertEqual(try LinkChecker.check(site: folder + "/" + mode.rawValue), [], "no page links to a reversed pair (\(mode))")
        }
        let canonical = files[.none]!
        XCTAssertEqual(files[.files], (canonical + reversedPairs).sorted())
        XCTAssertEqual(files[.nginx], (canonical + ["redirects.nginx.conf"]).sorted())
        XCTAssertEqual(files[.netlify], (canonical + ["_redirects"]).sorted())
        XCTAssertFalse(canonical.contains { reversedPairs.contains($0) || $0 == "_redirects" || $0 == "redirects.nginx.conf" })
        // Every other file is the same in every mode.
        for mode in RedirectMode.allCases {
            for file in canonical {
                XCTAssertEqual(FileManager.default.contents(atPath: "\(folder)/\(mode.rawValue)/\(file)"),
                               FileManager.default.contents(atPath: "\(folder)/none/\(file)"), "\(file) in \(mode)")
            }
        }
    }

    func testTheMapsOfASmallSite() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        _ = try build(.netlify, into: folder + "/netlify", content: content)
        XCTAssertEqual(try Fixture.read(folder + "/netlify/_redirects"), """
            # Reversed comparisons answered with a 301 to their page (versus build --redirects netlify).
            /en/mail/354-vs-250.html /en/mail/250-vs-354.html 301
            /en/mail/451-vs-250.html /en/mail/250-vs-451.html 301
            /en/mail/535-vs-250.html /en/mail/250-vs-535.html 301
            /en/mail/451-vs-354.html /en/mail/354-vs-451.html 301
            /en/mail/535-vs-354.html /en/mail/354-vs-535.html 301
            /en/mail/535-vs-451.html /en/mail/451-vs-535.html 301

            """)
        _ = try build(.nginx, into: folder + "/nginx", content: content)
        XCTAssertEqual(try Fixture.read(folder + "/nginx/redirects.nginx.conf"), """
            # Reversed comparisons answered with a 301 to their page (versus build --redirects nginx).
            # Include it in the http block; the server block returns 301 $versus_redirect when it is set (docs/publishing.md).
            map_hash_bucket_size 256;
            map_hash_max_size 2048;
            map $uri $versus_redirect {
                /en/mail/354-vs-250.html /en/mail/250-vs-354.html;
                /en/mail/451-vs-250.html /en/mail/250-vs-451.html;
                /en/mail/535-vs-250.html /en/mail/250-vs-535.html;
                /en/mail/451-vs-354.html /en/mail/354-vs-451.html;
                /en/mail/535-vs-354.html /en/mail/354-vs-535.html;
                /en/mail/535-vs-451.html /en/mail/451-vs-535.html;
            }

            """)
    }

    /// A site published in a folder has its rules there; what base_url allows in a path (spaces are encoded by it,
    /// `;` `$` `'` are not) can neither end an nginx directive, name a variable, nor split a `_redirects` line.
    func testPathsAreTheSiteFolderAndPercentEncoded() throws {
        let folder = try Fixture.temporaryFolder(self)
        let content = try Fixture.copy("basic", into: folder)
        _ = try build(.netlify, baseURL: "https://example.org/codes;v=$x'y/é b/", into: folder + "/netlify", content: content)
        let lines = try Fixture.read(folder + "/netlify/_redirects").components(separatedBy: "\n")
        XCTAssertEqual(lines[1], "/codes%3Bv%3D%24x%27y/%C3%A9%20b/en/mail/354-vs-250.html /codes%3Bv%3D%24x%27y/%C3%A9%20b/en/mail/250-vs-354.html 301")
        _ = try build(.nginx, baseURL: "https://example.org/docs/", into: folder + "/nginx", content: content)
        XCTAssertTrue(try Fixture.read(folder + "/nginx/redirects.nginx.conf").contains("\n    /docs/en/mail/354-vs-250.html /docs/en/mail/250-vs-354.html;\n"))
    }

    func testEncodingKeepsOnlyUnreservedCharactersAndEscapes() {
        XCTAssertEqual(RedirectMap.encode("/a b/c;d$e\nf\r{g}#h?i%41%zz%4"), "/a%20b/c%3Bd%24e%0Af%0D%7Bg%7D%23h%3Fi%41%25zz%254")
        XCTAssertEqual(RedirectMap.encode("/en/http/1.2-x_y~z.html"), "/en/http/1.2-x_y~z.html")
    }

    /// nginx needs buckets that hold its longest keys and a table large enough for all of them.
    func testTheHashIsSizedForTheKeys() {
        XCTAssertEqual(RedirectMap.bucketSize(longestKey: 40), 256)
        XCTAssertEqual(RedirectMap.bucketSize(longestKey: 92), 512)
        XCTAssertEqual(RedirectMap.maxSize(keys: 6), 2048)
        XCTAssertEqual(RedirectMap.maxSize(keys: 300_000), 600_000)
    }

    func testAnUnknownModeIsAUsageError() throws {
        let folder = try Fixture.temporaryFolder(self)
        let run = try VersusProcess.run(["build", "--redirects", "Nginx"], in: folder)
        XCTAssertEqual(run.status, 64)
        XCTAssertEqual(run.errors.components(separatedBy: "\n")[0], "error: --redirects must be 'files', 'nginx', 'netlify' or 'none', not 'Nginx'")
        XCTAssertEqual(run.output, "")
        let help = try VersusProcess.run(["build", "--help"], in: folder)
        XCTAssertEqual(help.status, 0)
        XCTAssertTrue(help.output.contains("--redirects <files|nginx|netlify|none>"), help.output)
    }

    /// The map is a site-wide file: part 1 writes it, and the parts copied together are the single build.
    func testPartsCopiedTogetherAreTheWholeSiteInEveryMode() throws {
        let folder = try Fixture.temporaryFolder(self)
        _ = try Fixture.copy("multilingual", into: folder)
        for mode in ["nginx", "netlify", "none"] {
            let build = ["build", "--templates", Fixture.templates, "-q", "--redirects", mode]
            let whole = try VersusProcess.run(build + ["--output", "\(mode)/whole"], in: folder)
            XCTAssertEqual(whole.status, 0, whole.errors)
            var owner: [String: Int] = [:]
            for part in 1...3 {
                let run = try VersusProcess.run(build + ["--shard", "\(part)/3", "--output", "\(mode)/\(part)"], in: folder)
                XCTAssertEqual(run.status, 0, run.errors)
                for file in Fixture.files(in: "\(folder)/\(mode)/\(part)") {
                    XCTAssertNil(owner[file], "\(file) written by parts \(owner[file] ?? 0) and \(part) (\(mode))")
                    owner[file] = part
                    XCTAssertEqual(FileManager.default.contents(atPath: "\(folder)/\(mode)/\(part)/\(file)"),
                                   FileManager.default.contents(atPath: "\(folder)/\(mode)/whole/\(file)"), "\(file) (\(mode))")
                }
            }
            XCTAssertEqual(owner.keys.sorted(), Fixture.files(in: "\(folder)/\(mode)/whole"), mode)
            let map = ["nginx": "redirects.nginx.conf", "netlify": "_redirects"][mode]
            if let map { XCTAssertEqual(owner[map], 1) }
        }
    }
}
