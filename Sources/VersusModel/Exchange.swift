/// The ordered steps of a typical session of a protocol, as a family's `exchange` declares them, for the sequence
/// diagram on code and comparison pages. Step labels are words, kept per language in `FamilyText.steps`.
package struct Exchange: Sendable {
    package enum Side: String, Sendable { case client, server }

    package struct Step: Sendable {
        /// Unique in the exchange; entries' `steps` name it.
        package var key: String
        /// Who sends the step's message.
        package var from: Side
        /// The commands whose replies are drawn at this step; empty for a step that takes codes by class alone.
        package var commands: [String]
        /// The reply classes this step takes: for a command listed by several steps, the class decides between them;
        /// for a step without commands, every code of these classes is drawn here. Nil: any class.
        package var classes: [String]?

        package init(key: String, from: Side, commands: [String], classes: [String]?) {
            self.key = key
            self.from = from
            self.commands = commands
            self.classes = classes
        }
    }

    package var steps: [Step]
    /// For a family drawn on another family's exchange (SMTP enhanced status codes on SMTP's): that family's id.
    package var lender: String?
    /// For a lent exchange: the steps where each code of the lender is drawn, by code, so that a mark can name the
    /// basic codes sent at that step ("535 5.7.8").
    package var lenderSteps: [String: [String]]
    /// For a lent exchange: the lender's display name by language code, which names the exchange ("SMTP exchange").
    package var lenderNames: [String: String]
    /// For a lent exchange: the lender's step labels by language code, then by step key.
    package var lenderLabels: [String: [String: String]] = [:]

    package init(steps: [Step], lender: String? = nil, lenderSteps: [String: [String]] = [:], lenderNames: [String: String] = [:]) {
        self.steps = steps
        self.lender = lender
        self.lenderSteps = lenderSteps
        self.lenderNames = lenderNames
    }

    package func step(_ key: String) -> Step? { steps.first { $0.key == key } }

    /// The steps where a code with these commands and classes is drawn, in exchange order (see `docs/content-format.md`,
    /// "Protocol exchange"): the steps listing one of its commands, narrowed by class where a command is listed by
    /// several steps, plus the steps without commands that take one of its classes.
    package func placement(commands: [String], classes: [String]) -> [String] {
        var keys = Set<String>()
        for command in commands {
            let listing = steps.filter { $0.commands.contains(command) }
            let chosen = listing.count > 1 ? listing.filter { $0.takes(classes) } : listing
            keys.formUnion(chosen.map(\.key))
        }
        for step in steps where step.commands.isEmpty && step.classes != nil && step.takes(classes) {
            keys.insert(step.key)
        }
        return steps.map(\.key).filter(keys.contains)
    }

    /// Why a reply of these classes to `command` is drawn at no step, or nil when it is drawn somewhere.
    package func gap(_ command: String, classes: [String]) -> PlacementGap? {
        guard placement(commands: [command], classes: classes).isEmpty else { return nil }
        let listing = steps.filter { $0.commands.contains(command) }.map(\.key)
        return listing.isEmpty ? .unlisted : .noStepTakesTheClass(listing)
    }

    package enum PlacementGap: Equatable {
        /// No step lists the command, and no step without commands takes the code's class.
        case unlisted
        /// Several steps list the command (their keys), and none takes the code's class.
        case noStepTakesTheClass([String])
    }
}

extension Exchange.Step {
    func takes(_ codeClasses: [String]) -> Bool {
        guard let classes else { return true }
        return codeClasses.contains(where: classes.contains)
    }
}
