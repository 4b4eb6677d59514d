import Foundation
import VersusPlan
import VersusRender
import VersusMustache
import VersusFiles

/// A fingerprint of everything a page is made from, so a rebuild can skip pages whose inputs did not change:
/// the running tool, the templates, the page's path and exactly the values its template receives (its view model,
/// see `TemplateDigest`); for pages made without a template (search indexes, sitemaps, robots.txt), their bytes.
/// No field of a page can be left out, because no field is listed here. Code, comparison and redirect pages are
/// the exception, fingerprinted by their input files (see `PageInputs`).
package struct PageFingerprints: Sendable {
    private let global: UInt64
    private let digests = TemplateDigest()

    package init(templates: TemplateSet) {
        var global = StableHash()
        global.add(Self.toolIdentity)
        for (name, text) in templates.sources {
            global.add(name)
            global.add(text)
        }
        self.global = global.value
    }

    /// `source` is `renderer.source(of: page)`.
    func fingerprint(of page: Page, source: PageSource) -> UInt64 {
        var hash = StableHash()
        hash.add(global)
        hash.add(page.path)
        switch source {
        case .bytes(let bytes):
            hash.add(bytes)
        case .template(let name, let values):
            hash.add(name)
            for value in values { hash.add(digests.digest(value)) }
        }
        return hash.value
    }

    /// The running executable (size and modification time), so a new version of Versus re-renders everything.
    static let toolIdentity: String = {
        guard let stamp = FileStamp(path: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "") else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }()
}
