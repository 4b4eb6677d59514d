/// How a reversed pair (`<b>-vs-<a>.html`) reaches its comparison page `<a>-vs-<b>.html`: `versus build --redirects`.
public enum RedirectMode: String, Sendable, CaseIterable {
    /// A small redirect page at each reversed pair (meta refresh, canonical, a plain link): works from `file://` and on
    /// any web server. The default.
    case files
    /// No redirect pages; `redirects.nginx.conf` at the output root maps each reversed pair to its page, for nginx to
    /// include (docs/publishing.md).
    case nginx
    /// No redirect pages; `_redirects` at the output root holds one `/from /to 301` line per reversed pair, the form
    /// Netlify, Cloudflare Pages and GitLab Pages read.
    case netlify
    /// Neither pages nor map: a reversed pair is a missing page.
    case none

    /// True when the plan has a redirect page at each reversed pair.
    package var writesPages: Bool { self == .files }

    /// The map file this mode writes, if any.
    package var mapFormat: RedirectMapFormat? {
        switch self {
        case .nginx: return .nginx
        case .netlify: return .netlify
        case .files, .none: return nil
        }
    }

    /// "'files', 'nginx', 'netlify' or 'none'", for messages.
    public static var valueList: String {
        let quoted = allCases.map { "'\($0.rawValue)'" }
        return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
    }
}

/// The two server redirect maps: nginx's `map` block, and the `_redirects` lines of Netlify and Cloudflare Pages.
package enum RedirectMapFormat: Sendable, Hashable {
    case nginx, netlify
}
