import VersusModel
/// The keys every `i18n/<lang>.yml` provides, and the placeholders each sentence pattern may use.
/// This list is documented in the README; changing it is a change of the content format.
package enum I18nSchema {
    static let ui: [String] = UIKey.allCases.map(\.rawValue)

    /// Outcome phrases: every outcome plus `varies` for codes whose class depends on how they are sent.
    static let outcomes: [String] = Outcome.allCases.map(\.rawValue) + ["varies"]
}
