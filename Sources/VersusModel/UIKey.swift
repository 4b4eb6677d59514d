/// The interface strings every `i18n/<lang>.yml` provides under `ui:`: templates read them as `ui.<key>`, and code
/// asks for them by case, so a mistyped key does not compile.
package enum UIKey: String, CaseIterable, Sendable {
    case home
    case breadcrumb
    case families
    case codes
    case `class`
    case subject
    case category
    case spec
    case commands
    case related
    case retry
    case nonstandard
    case usedWith = "used_with"
    case basicCodes = "basic_codes"
    case replyText = "reply_text"
    case compare
    case comparisons
    case frequentlyCompared = "frequently_compared"
    case languages
    case chooseLanguage = "choose_language"
    case skipToContent = "skip_to_content"
    case redirectText = "redirect_text"
    case footer
    case listSeparator = "list_separator"
    case connectionOpening = "connection_opening"
    case commandsNoun = "commands_noun"
    case methodsNoun = "methods_noun"
    case notFoundTitle = "not_found_title"
    case notFoundText = "not_found_text"
    case search
    case searchLabel = "search_label"
    case searchPlaceholder = "search_placeholder"
    case searchNoResults = "search_no_results"
    case searchNeedsScript = "search_needs_script"
    case compareWith = "compare_with"
    case compareGo = "compare_go"
    case compareFirst = "compare_first"
    case compareSecond = "compare_second"
    case compareNoPage = "compare_no_page"
    case onThisPage = "on_this_page"
    case previous
    case `next`
    case sectionLink = "section_link"
    case exchangeClient = "exchange_client"
    case exchangeServer = "exchange_server"
}
