/// The sentence patterns of an i18n file's `patterns`, each with the placeholders it may use (README,
/// "Generated sentences"). Code asks for a pattern by this key, so a mistyped name does not compile.
package enum PatternKey: String, Sendable, CaseIterable {
    case codeHeadline = "code_headline"
    case pairHeadline = "pair_headline"
    case pairLink = "pair_link"
    case leadSameClass = "lead_same_class"
    case leadDifferentClass = "lead_different_class"
    case leadSameSubject = "lead_same_subject"
    case leadDifferentSubject = "lead_different_subject"
    case leadContrast = "lead_contrast"
    case diffSentAsOne = "diff_sent_as_one"
    case diffSentAsSeveral = "diff_sent_as_several"
    case diffSentAsOneSame = "diff_sent_as_one_same"
    case diffSentAsSame = "diff_sent_as_same"
    case diffSameCategory = "diff_same_category"
    case diffDifferentCategory = "diff_different_category"
    case diffCommandsSame = "diff_commands_same"
    case diffCommandsBoth = "diff_commands_both"
    case diffCommandsOne = "diff_commands_one"
    case diffCommandsShared = "diff_commands_shared"
    case diffCommandsSharedOne = "diff_commands_shared_one"
    case diffRetrySame = "diff_retry_same"
    case diffRetryDifferent = "diff_retry_different"
    case diffRetryOne = "diff_retry_one"
    case diffSpecSame = "diff_spec_same"
    case diffSpecDifferent = "diff_spec_different"
    case retryAdvice = "retry_advice"
    case specReference = "spec_reference"
    case specReferenceSections = "spec_reference_sections"
    case specReferenceWhole = "spec_reference_whole"
    case specCited = "spec_cited"
    case listTwo = "list_two"
    case listMany = "list_many"
    case listOrTwo = "list_or_two"
    case listOrMany = "list_or_many"
    case compareHeading = "compare_heading"
    case familyCodes = "family_codes"
    case codePageLink = "code_page_link"
    case fallbackNotice = "fallback_notice"
    case defaultLanguage = "default_language"
    case pairCount = "pair_count"
    case faqQuestion = "faq_question"
    case exchangeTitle = "exchange_title"
    case exchangeTitlePair = "exchange_title_pair"
    case exchangeAnswers = "exchange_answers"
    case exchangeServerStep = "exchange_server_step"
    case exchangeUnplaced = "exchange_unplaced"

    /// The placeholders the pattern may use.
    package var placeholders: [String] {
        switch self {
        case .codeHeadline: return ["family", "code", "name"]
        case .pairHeadline: return ["family", "a_code", "a_name", "b_code", "b_name"]
        case .pairLink: return ["a_code", "b_code"]
        case .leadSameClass: return ["family", "a_code", "a_name", "b_code", "b_name", "class"]
        case .leadDifferentClass: return ["family", "a_code", "a_name", "b_code", "b_name", "a_class", "b_class"]
        case .leadSameSubject: return ["family", "a_code", "a_name", "b_code", "b_name", "subject"]
        case .leadDifferentSubject: return ["family", "a_code", "a_name", "b_code", "b_name", "a_subject", "b_subject"]
        case .leadContrast: return ["a_code", "a_summary", "b_code", "b_summary"]
        case .diffSentAsOne: return ["code", "full_code", "outcome"]
        case .diffSentAsSeveral: return ["code", "full_codes", "outcomes"]
        case .diffSentAsOneSame: return ["a_code", "b_code", "a_full_code", "b_full_code", "outcome"]
        case .diffSentAsSame: return ["a_code", "b_code", "a_full_codes", "b_full_codes", "outcomes"]
        case .diffSameCategory: return ["a_code", "b_code", "category"]
        case .diffDifferentCategory: return ["a_code", "b_code", "a_category", "b_category"]
        case .diffCommandsSame: return ["a_code", "b_code", "commands"]
        case .diffCommandsBoth: return ["a_code", "b_code", "a_commands", "b_commands"]
        case .diffCommandsOne: return ["code", "commands", "other_code", "kind"]
        case .diffCommandsShared: return ["commands", "a_code", "a_commands", "b_code", "b_commands"]
        case .diffCommandsSharedOne: return ["commands", "code", "only_commands", "other_code"]
        case .diffRetrySame: return ["a_code", "b_code", "retry"]
        case .diffRetryDifferent: return ["a_code", "b_code", "a_retry", "b_retry"]
        case .diffRetryOne: return ["code", "retry", "other_code"]
        case .diffSpecSame: return ["a_code", "b_code", "spec"]
        case .diffSpecDifferent: return ["a_code", "b_code", "a_spec", "b_spec"]
        case .retryAdvice: return ["advice"]
        case .specReference: return ["rfc", "section"]
        case .specReferenceSections: return ["rfc", "sections"]
        case .specReferenceWhole: return ["rfc"]
        case .specCited: return ["reference"]
        case .listTwo, .listOrTwo: return ["first", "second"]
        case .listMany, .listOrMany: return ["items", "last"]
        case .compareHeading: return ["family", "code"]
        case .familyCodes: return ["family"]
        case .codePageLink: return ["code", "name"]
        case .fallbackNotice: return ["language"]
        case .defaultLanguage: return ["language"]
        case .pairCount: return ["count"]
        case .faqQuestion: return ["code", "name"]
        case .exchangeTitle: return ["family", "code"]
        case .exchangeTitlePair: return ["family", "a_code", "b_code"]
        case .exchangeAnswers, .exchangeServerStep: return ["code", "steps"]
        case .exchangeUnplaced: return ["code"]
        }
    }
}
