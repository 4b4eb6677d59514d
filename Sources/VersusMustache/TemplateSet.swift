/// A site's Mustache templates, parsed once, with the sources they were parsed from.
package struct TemplateSet: Sendable {
    package let templates: MustacheTemplates
    /// Every template's name (a relative path without extension, such as `partials/header`) and source text,
    /// sorted by name: what an incremental build fingerprints.
    package let sources: [(name: String, text: String)]

    package init(templates: MustacheTemplates, sources: [(name: String, text: String)]) {
        self.templates = templates
        self.sources = sources
    }

    /// Renders the template `name` with a context stack (innermost last), as UTF-8 bytes.
    package func render(_ stack: [TemplateValue], template name: String) -> [UInt8] {
        templates.render(name, stack: stack)
    }
}
