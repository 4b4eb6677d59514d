/// A value of a YAML list with the place it is written, for diagnostics.
struct LocatedValue {
    var value: String
    var line: Int?
    var column: Int?
}

/// What an entry file says about where its code appears in the family's exchange: its `commands` and its optional
/// `steps`, each item with its place in the file.
struct PlacementInput {
    var path: String
    var commands: [LocatedValue] = []
    /// Nil when the entry has no `steps` key.
    var steps: [LocatedValue]?
}
