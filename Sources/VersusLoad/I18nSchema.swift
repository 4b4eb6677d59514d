import VersusDiagnostics
import VersusModel
import VersusMarkdown
import VersusMustache
import VersusDefaults
/// The keys every `i18n/<lang>.yml` provides, and the placeholders each sentence pattern may use.
/// This list is documented in the README; changing it is a change of the content format.
package enum I18nSchema {
    static let ui: [String] = [
        "home", "breadcrumb", "families", "codes", "class", "subject", "category", "spec", "commands", "related",
        "retry", "nonstandard", "used_with", "basic_codes", "reply_text", "compare", "comparisons", "frequently_compared",
        "languages", "choose_language", "skip_to_content", "redirect_text", "footer",
        "list_separator", "connection_opening", "commands_noun", "methods_noun", "not_found_title", "not_found_text",
        "search", "search_label", "search_placeholder", "search_no_results", "search_needs_script",
        "compare_with", "compare_go", "compare_first", "compare_second", "on_this_page", "previous", "next", "section_link",
    ]

    /// Outcome phrases: every outcome plus `varies` for codes whose class depends on how they are sent.
    static let outcomes: [String] = Outcome.allCases.map(\.rawValue) + ["varies"]
}
