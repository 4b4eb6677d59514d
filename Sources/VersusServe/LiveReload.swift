import Foundation

/// The script `versus serve` adds to pages: it polls the server, reloads after a rebuild,
/// and shows the build's diagnostics over the page while the content has errors.
package enum LiveReload {
    static func inject(into html: Data) -> Data {
        let tag = Data("<script src=\"\(SiteResponder.reloadPath)\"></script>\n".utf8)
        guard let range = html.range(of: Data("</body>".utf8), options: .backwards) else { return html + tag }
        var result = html
        result.insert(contentsOf: tag, at: range.lowerBound)
        return result
    }

    static let script = """
    (function () {
      "use strict";
      var generation = null;
      var overlay = null;
      function show(errors) {
        if (!errors.length) { if (overlay) { overlay.remove(); overlay = null; } return; }
        if (!overlay) {
          overlay = document.createElement("div");
          overlay.id = "versus-errors";
          overlay.setAttribute("role", "alert");
          overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;z-index:9999;" +
            "background:#2b0d0d;color:#ffd9d9;font:14px/1.5 ui-monospace,monospace;padding:1rem;white-space:pre-wrap";
          document.body.appendChild(overlay);
        }
        overlay.textContent = errors.join("\\n");
      }
      function poll() {
        fetch("\(SiteResponder.statusPath)", { cache: "no-store" })
          .then(function (response) { return response.json(); })
          .then(function (status) {
            if (generation !== null && status.generation !== generation) { window.location.reload(); return; }
            generation = status.generation;
            show(status.errors);
          })
          .catch(function () {})
          .then(function () { setTimeout(poll, 300); });
      }
      poll();
    }());
    """
}

/// What the reload script learns from the server.
package struct ServeStatus: Sendable {
    var generation: Int
    var errors: [String]

    var json: Data {
        (try? JSONSerialization.data(withJSONObject: ["generation": generation, "errors": errors], options: [.sortedKeys])) ?? Data()
    }
}
