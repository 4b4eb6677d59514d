import Foundation
import VersusModel
import VersusPlan
import VersusMustache
import VersusFiles

/// A fingerprint of everything a page is made from, so a rebuild can skip pages whose inputs did not change.
/// Pairs depend on their two entries; code and family pages also on the titles and summaries of their family;
/// indexes on everything.
package struct PageFingerprints {
    private struct EntryKey: Hashable {
        var family: String
        var code: String
        var language: String
    }

    private let global: UInt64
    private var families: [String: UInt64] = [:]
    private var entries: [EntryKey: UInt64] = [:]
    private var lists: [String: UInt64] = [:]
    private struct NoteKey: Hashable {
        var family: String
        var pair: CodePair
    }
    /// Each pair note's texts in every language; the family digest holds which pairs have one.
    private var notes: [NoteKey: UInt64] = [:]
    private let everything: UInt64

    package init(catalog: Catalog, plan: SitePlan, templates: TemplateSet, assets: [(path: String, bytes: [UInt8])]) {
        var global = StableHash()
        global.add(Self.toolIdentity)
        for (name, text) in templates.sources { global.add(name); global.add(text) }
        for asset in assets { global.add(asset.path); global.add(asset.bytes) }
        global.add("\(catalog.site.title)|\(catalog.site.baseURL?.string ?? "")|\(catalog.site.allowRawHTML)|\(plan.sitemapLimit)")
        for language in catalog.languages { global.add(Self.describe(language)) }
        for (language, families) in plan.available.sorted(by: { $0.key < $1.key }) {
            for (family, codes) in families.sorted(by: { $0.key < $1.key }) { global.add("\(language)/\(family):\(codes.sorted().joined(separator: ","))") }
        }
        self.global = global.value

        var everything = StableHash()
        everything.add(global.value)
        for family in catalog.families {
            let familyDigest = StableHash.of([Self.describe(family)])
            families[family.id] = familyDigest
            everything.add(familyDigest)
            for (pair, note) in family.notes {
                let digest = StableHash.of(note.texts.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value.summary ?? "", $0.value.markdown] })
                notes[NoteKey(family: family.id, pair: pair)] = digest
                everything.add(digest)
            }
            for language in catalog.languages {
                var list = StableHash()
                for entry in family.entries {
                    let original = entry.texts[catalog.defaultLanguage.code]!
                    let text = entry.texts[language.code] ?? original
                    // A translation without sections shows the default language's, and a title equal to the default
                    // language's is marked as such: both texts count.
                    let digest = StableHash.of([Self.describe(entry), text.language, text.title, text.name, text.summary,
                                                text.useWhen ?? "", original.useWhen ?? "", original.title]
                        + SectionKey.entrySections.map { text.sections[$0] ?? "" }
                        + (text.sections.isEmpty ? SectionKey.entrySections.map { original.sections[$0] ?? "" } : []))
                    entries[EntryKey(family: family.id, code: entry.code, language: language.code)] = digest
                    list.add("\(entry.code)|\(text.title)|\(text.name)|\(text.summary)|\(text.language)")
                }
                lists["\(family.id)/\(language.code)"] = list.value
                everything.add(list.value)
            }
        }
        self.everything = everything.value
    }

    func fingerprint(of page: Page) -> UInt64 {
        var hash = StableHash()
        hash.add(global)
        hash.add(page.path)
        let language = page.language
        switch page.kind {
        case .pair(let family, let a, let b), .redirect(let family, let a, let b):
            hash.add(families[family] ?? 0)
            hash.add(notes[NoteKey(family: family, pair: CodePair(a, b))] ?? 0)
            hash.add(entries[EntryKey(family: family, code: a, language: language)] ?? 0)
            hash.add(entries[EntryKey(family: family, code: b, language: language)] ?? 0)
        case .code(let family, let code):
            hash.add(families[family] ?? 0)
            hash.add(lists["\(family)/\(language)"] ?? 0)
            hash.add(entries[EntryKey(family: family, code: code, language: language)] ?? 0)
        case .family(let family):
            hash.add(families[family] ?? 0)
            hash.add(lists["\(family)/\(language)"] ?? 0)
        default:
            hash.add(everything)
        }
        return hash.value
    }

    /// The running executable (size and modification time), so a new version of Versus re-renders everything.
    static let toolIdentity: String = {
        guard let stamp = FileStamp(path: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "") else { return "unknown" }
        return "\(stamp.size)-\(stamp.modified)"
    }()

    private static func describe(_ language: Language) -> String {
        var parts = [language.code, language.untranslated.rawValue, language.name, language.direction.rawValue]
        parts += language.ui.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += language.headings.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
        parts += language.retry.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
        parts += language.outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        parts += language.patterns.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value.source)" }
        parts += language.languageNames.sorted { $0.key < $1.key }.map { "name-\($0.key)=\($0.value)" }
        return parts.joined(separator: "\u{1}")
    }

    private static func describe(_ family: Family) -> String {
        var parts = [family.id, family.name, family.spec.rfc, family.spec.section ?? "", family.codePattern, family.grouping.rawValue,
                     family.classSource.rawValue, family.commandsAre.rawValue]
        parts += family.classes.map { "\($0.key)=\($0.outcome?.rawValue ?? "")|\($0.hasCategories)" }
        parts += family.subjects.map(\.key)
        parts += family.categories.map(\.key)
        parts += family.notes.keys.map { "\($0.a)-vs-\($0.b)" }.sorted()
        for (language, text) in family.texts.sorted(by: { $0.key < $1.key }) {
            parts += [language, text.name, text.title, text.description]
            parts += text.classes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.label)|\($0.value.meaning)" }
            parts += text.subjects.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.label)|\($0.value.meaning)" }
            parts += text.categories.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.label)|\($0.value.meaning)" }
        }
        return parts.joined(separator: "\u{1}")
    }

    private static func describe(_ entry: Entry) -> String {
        ([entry.code, entry.retry?.rawValue ?? "", String(entry.standard)] + entry.spec.map { "\($0.rfc)#\($0.section ?? "")" }
            + ["c"] + entry.commands + ["r"] + entry.related + ["u"] + entry.usedWith + ["b"] + entry.basicCodes).joined(separator: "\u{1}")
    }
}
