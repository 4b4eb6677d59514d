import VersusDiagnostics
import VersusModel

/// Ties each family to the exchange its codes are drawn on, its own or another family's (`exchange: smtp`), and
/// places every entry on it (`Entry.steps`). A command no step lists, or a `steps` item that names no step, is an
/// error at the item.
struct ExchangeResolver {
    let sink: DiagnosticSink

    func resolve(_ loaded: [LoadedFamily]) -> [Family] {
        var families: [String: Family] = [:]
        for item in loaded {
            var family = item.family
            switch item.exchange {
            case .own(let exchange):
                family.exchange = exchange
                place(&family, item.placements, declaredIn: family.path)
            case .none, .lent:
                refuseSteps(item)
            }
            families[family.id] = family
        }
        for item in loaded {
            guard case .lent(let lenderID, let line, let column) = item.exchange else { continue }
            guard lenderID != item.family.id, let lender = families[lenderID], lender.exchange?.lender == nil,
                  var exchange = lender.exchange else {
                sink.error("'exchange: \(lenderID)' must name another family that declares exchange steps of its own",
                           path: item.family.path, line: line, column: column)
                continue
            }
            exchange.lender = lender.id
            exchange.lenderSteps = Dictionary(lender.entries.map { ($0.code, $0.steps) }, uniquingKeysWith: { a, _ in a })
            exchange.lenderNames = lender.texts.mapValues(\.name)
            exchange.lenderLabels = lender.texts.mapValues(\.steps)
            var family = item.family
            family.exchange = exchange
            place(&family, item.placements, declaredIn: lender.path)
            families[family.id] = family
        }
        return loaded.compactMap { families[$0.family.id] }
    }

    private func place(_ family: inout Family, _ placements: [String: PlacementInput], declaredIn exchangePath: String) {
        guard let exchange = family.exchange else { return }
        let keys = exchange.steps.map(\.key)
        for index in family.entries.indices {
            let entry = family.entries[index]
            guard let input = placements[entry.code] else { continue }
            if let explicit = input.steps {
                for item in explicit where !keys.contains(item.value) {
                    let hint = Spelling.closest(to: item.value, among: keys).map { " (did you mean '\($0)'?)" } ?? ""
                    sink.error("'steps' names '\(item.value)', which is not a step of the exchange in \(exchangePath) "
                               + "(steps: \(keys.joined(separator: ", ")))\(hint)", path: input.path, line: item.line, column: item.column)
                }
                for (index, item) in explicit.enumerated() where explicit[..<index].contains(where: { $0.value == item.value }) {
                    sink.error("'steps' lists '\(item.value)' twice", path: input.path, line: item.line, column: item.column)
                }
                let named = Set(explicit.map(\.value))
                family.entries[index].steps = keys.filter(named.contains)
                continue
            }
            let classes = family.classes(of: entry).map(\.key)
            for item in input.commands {
                switch exchange.gap(item.value, classes: classes) {
                case nil: break
                case .unlisted:
                    sink.error("command '\(item.value)' is listed by no step of the exchange in \(exchangePath); add it to a step's "
                               + "'commands' there, or name the entry's steps with 'steps'", path: input.path, line: item.line, column: item.column)
                case .noStepTakesTheClass(let keys):
                    sink.error("command '\(item.value)' is listed by steps \(keys.joined(separator: ", ")) of the exchange in \(exchangePath), "
                               + "but none takes class \(classes.joined(separator: " or ")); add the class to one of them, or name the entry's steps with 'steps'",
                               path: input.path, line: item.line, column: item.column)
                }
            }
            family.entries[index].steps = exchange.placement(commands: entry.commands, classes: classes)
        }
    }

    /// An entry's `steps` in a family without an exchange names nothing.
    private func refuseSteps(_ item: LoadedFamily) {
        guard case .none = item.exchange else { return }
        for input in item.placements.values {
            guard let first = input.steps?.first else { continue }
            sink.error("'steps' names exchange steps, but this family declares no 'exchange' in its _family.yml",
                       path: input.path, line: first.line, column: first.column)
        }
    }
}
