import VersusModel
import VersusPlan

/// Fingerprints of code, comparison and redirect pages made from the files they are made of, so that a rebuild need
/// not build their view models to know they did not change (there are N(N-1) of them per family and language, and a
/// view model costs more than the hash of its inputs).
///
/// A code page shows its entry whole (every language's file, for fallbacks); a comparison page of codes a and b
/// shows a's and b's entries whole and their pair note. Of the rest of its family, each shows only what front matter
/// and file names say (names, classes, related codes, commands, which languages have which entries and notes: the
/// comparisons listed, the pair's other languages, the exchange diagram's placements), with the family's own
/// files, the outline of the family whose exchange it borrows, everything outside family folders, the
/// templates, the tool and the settings. So a page's fingerprint is a hash of exactly those digests
/// (`ContentDigests`): an edit to the body of one entry changes the fingerprints of that entry's pages alone, an
/// edit to a front matter those of the whole family. A redirect page shows codes, names and classes, so it takes
/// the same digests but its entries'. Other pages are fingerprinted by their view models (`PageFingerprints`).
package struct PageInputs: Sendable {
    /// A code and a language (nil: the default language's file, named without a language).
    private struct EntryFile: Hashable {
        var code: String
        var language: String?
    }

    private struct NoteFile: Hashable {
        var pair: CodePair
        var language: String?
    }

    /// By family: the shared digest, the family's outline (every file's name, the front matter of entries, the
    /// whole of other files but pair notes) and the outline of the family it borrows its exchange from.
    private var outlines: [String: UInt64] = [:]
    /// By family: the whole of each entry file.
    private var entries: [String: [EntryFile: UInt64]] = [:]
    /// By family: the whole of each pair note file.
    private var notes: [String: [NoteFile: UInt64]] = [:]

    /// `codes` are each family's codes in the catalog, `translations` the site's languages but the default one,
    /// `lenders` maps a family to the family whose exchange it borrows.
    package init(_ digests: ContentDigests, codes: [String: [String]], translations: [String], lenders: [String: String]) {
        var own: [String: UInt64] = [:]
        for (family, familyCodes) in codes {
            // Every name an entry or a note file of the family can have, as the loader names them.
            var entryNames: [String: EntryFile] = [:]
            for code in familyCodes {
                entryNames["\(code).md"] = EntryFile(code: code)
                for language in translations { entryNames["\(code).\(language).md"] = EntryFile(code: code, language: language) }
            }
            var outline = StableHash()
            var familyEntries: [EntryFile: UInt64] = [:]
            var familyNotes: [NoteFile: UInt64] = [:]
            for file in digests.families[family] ?? [] {
                outline.add(file.name)
                if let entry = entryNames[file.name] {
                    outline.add(file.frontMatter)
                    familyEntries[entry] = file.whole
                } else if let note = Self.note(named: file.name, codes: familyCodes, translations: translations) {
                    familyNotes[note] = file.whole
                } else {
                    outline.add(file.whole)
                }
            }
            own[family] = outline.value
            entries[family] = familyEntries
            notes[family] = familyNotes
        }
        for family in codes.keys {
            var outline = StableHash()
            outline.add(digests.shared)
            outline.add(own[family] ?? 0)
            // A borrowed exchange is drawn from the lender's family files and its entries' commands and steps.
            if let lender = lenders[family] { outline.add(own[lender] ?? digests.whole(lender)) }
            outlines[family] = outline.value
        }
    }

    /// What the pages of one family in one language are made from, by the positions of their codes in `codes` (the
    /// family's codes shown in `language`, in plan order).
    package func segment(family: String, language: String, codes: [String]) -> SegmentInputs {
        var positions: [String: Int] = [:]
        for (position, code) in codes.enumerated() { positions[code] = position }
        var pairNotes: [SegmentInputs.Positions: UInt64] = [:]
        for file in (notes[family] ?? [:]).keys where file.language == nil || file.language == language {
            guard let a = positions[file.pair.a], let b = positions[file.pair.b] else { continue }
            pairNotes[SegmentInputs.Positions(first: min(a, b), second: max(a, b))] = note(file.pair, of: family, in: language)
        }
        return SegmentInputs(outline: outlines[family] ?? 0, entries: codes.map { entry($0, of: family, in: language) }, notes: pairNotes)
    }

    /// A page in a translation shows the translation's file and, where it has none, the default language's.
    private func entry(_ code: String, of family: String, in language: String) -> UInt64 {
        Self.combine(entries[family]?[EntryFile(code: code)] ?? 0, entries[family]?[EntryFile(code: code, language: language)] ?? 0)
    }

    private func note(_ pair: CodePair, of family: String, in language: String) -> UInt64 {
        Self.combine(notes[family]?[NoteFile(pair: pair)] ?? 0, notes[family]?[NoteFile(pair: pair, language: language)] ?? 0)
    }

    fileprivate static func combine(_ parts: UInt64...) -> UInt64 {
        var hash = StableHash()
        for part in parts { hash.add(part) }
        return hash.value
    }

    /// The fingerprint of a code (kind 1), comparison (2) or redirect (3) page from its path's key, its family's
    /// outline and the digests of its own files.
    fileprivate static func page(kind: UInt64, key: UInt64, outline: UInt64, _ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) -> UInt64 {
        var hash = StableHash()
        hash.add(key)
        hash.add(kind)
        hash.add(outline)
        hash.add(first)
        hash.add(second)
        hash.add(third)
        return hash.value
    }

    /// The note a file is, as the loader names notes: `<a>-vs-<b>.md` or `<a>-vs-<b>.<language>.md`, in either order.
    private static func note(named name: String, codes: [String], translations: [String]) -> NoteFile? {
        guard name.hasSuffix(".md"), name.contains("-vs-") else { return nil }
        let stem = name.dropLast(3)
        for a in codes where stem.hasPrefix(a + "-vs-") {
            let rest = stem.dropFirst(a.count + 4)
            for b in codes where b != a && rest.hasPrefix(b) {
                let suffix = rest.dropFirst(b.count)
                if suffix.isEmpty { return NoteFile(pair: CodePair(a, b)) }
                if suffix.first == ".", translations.contains(String(suffix.dropFirst())) {
                    return NoteFile(pair: CodePair(a, b), language: String(suffix.dropFirst()))
                }
            }
        }
        return nil
    }
}

/// What the code, comparison and redirect pages of one family in one language are made from (see `PageInputs`), by
/// the positions of their codes: a rebuild fingerprints each of them without making the page.
package struct SegmentInputs: Sendable {
    struct Positions: Hashable {
        var first: Int
        var second: Int
    }

    let outline: UInt64
    /// By code position.
    let entries: [UInt64]
    /// By pair of code positions, the earlier first; only pairs with a note.
    let notes: [Positions: UInt64]

    /// The fingerprint of a page of the segment (`key` is its path's `BuildManifest.key`); nil for a family index.
    package func fingerprint(of shape: PageSlot.Shape, key: UInt64) -> UInt64? {
        switch shape {
        case .code(let code): return PageInputs.page(kind: 1, key: key, outline: outline, entries[code])
        case .pair(let a, let b): return PageInputs.page(kind: 2, key: key, outline: outline, entries[a], entries[b], note(a, b))
        case .redirect(let a, let b): return PageInputs.page(kind: 3, key: key, outline: outline, note(a, b))
        case .family, .siteWide: return nil
        }
    }

    private func note(_ a: Int, _ b: Int) -> UInt64 {
        notes.isEmpty ? PageInputs.noNote : notes[Positions(first: min(a, b), second: max(a, b))] ?? PageInputs.noNote
    }
}

extension PageInputs {
    /// `note(_:of:in:)` of a pair without a note file in either language.
    fileprivate static let noNote = combine(0, 0)
}
