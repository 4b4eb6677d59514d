/// The keys every `i18n/<lang>.yml` provides, and the placeholders each sentence pattern may use.
/// This list is documented in the README; changing it is a change of the content format.
enum I18nSchema {
    static let ui: [String] = [
        "home", "breadcrumb", "families", "codes", "class", "category", "spec", "commands", "related",
        "retry", "nonstandard", "used_with", "basic_codes", "compare", "comparisons",
        "languages", "choose_language", "skip_to_content", "redirect_text", "footer",
        "list_separator", "connection_opening", "not_found_title", "not_found_text",
        "search", "search_label", "search_placeholder", "search_no_results", "search_needs_script",
        "compare_with", "compare_go", "compare_first", "compare_second", "on_this_page", "previous", "next", "section_link",
    ]

    static let patterns: [String: [String]] = [
        "code_headline": ["family", "code", "title"],
        "pair_headline": ["family", "a_code", "a_title", "b_code", "b_title"],
        "pair_link": ["a_code", "b_code"],
        "lead_same_class": ["family", "a_code", "a_title", "b_code", "b_title", "class"],
        "lead_different_class": ["family", "a_code", "a_title", "b_code", "b_title", "a_class", "b_class"],
        "lead_contrast": ["a_code", "a_summary", "b_code", "b_summary"],
        "diff_same_class": ["a_code", "b_code", "class", "class_meaning", "outcome"],
        "diff_different_class": ["a_code", "b_code", "a_class", "b_class", "a_outcome", "b_outcome"],
        "diff_same_category": ["a_code", "b_code", "category"],
        "diff_different_category": ["a_code", "b_code", "a_category", "b_category"],
        "diff_meaning": ["code", "title", "summary"],
        "diff_commands_same": ["a_code", "b_code", "commands"],
        "diff_commands_both": ["a_code", "b_code", "a_commands", "b_commands"],
        "diff_commands_one": ["code", "commands", "other_code"],
        "diff_retry_same": ["a_code", "b_code", "retry"],
        "diff_retry_different": ["a_code", "b_code", "a_retry", "b_retry"],
        "diff_spec_same": ["a_code", "b_code", "spec"],
        "diff_spec_different": ["a_code", "b_code", "a_spec", "b_spec"],
        "use_item": ["code", "title", "summary", "retry"],
        "spec_reference": ["rfc", "section"],
        "spec_reference_whole": ["rfc"],
        "list_two": ["first", "second"],
        "list_many": ["items", "last"],
        "compare_heading": ["family", "code"],
        "family_codes": ["family"],
        "code_page_link": ["code", "title"],
        "fallback_notice": ["language"],
        "default_language": ["language"],
        "pair_count": ["count"],
        "faq_question": ["code", "title"],
    ]

    /// Outcome phrases: every outcome plus `varies` for classes without one.
    static let outcomes: [String] = Outcome.allCases.map(\.rawValue) + ["varies"]
}
