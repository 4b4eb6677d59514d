import Foundation
import VersusDiagnostics
import VersusModel
import VersusFiles

/// A family as its folder gives it, before its exchange is resolved (`ExchangeResolver`), which may need another
/// family.
struct LoadedFamily {
    var family: Family
    var exchange: ExchangeDeclaration
    /// By code.
    var placements: [String: PlacementInput]
}

/// Loads one family folder: `_family.yml`, its translations, and every entry with its translations.
package struct FamilyLoader {
    let files: ContentFiles
    let sink: DiagnosticSink
    let languages: [Language]
    var cache: ParsedFileCache?

    private var defaultLanguage: Language { languages[0] }

    func load(folder: String) -> LoadedFamily? {
        let familyFile = "\(folder)/_family.yml"
        guard Identifiers.isSafeFamilyID(folder) else {
            sink.error("family folder name '\(folder)' must use only lower-case letters, digits and '-'", path: files.display(folder))
            return nil
        }
        guard files.exists(familyFile) else {
            sink.error("missing _family.yml: every family folder needs one", path: files.display(folder))
            return nil
        }
        let parser = FamilyParser(sink: sink)
        guard let text = files.read(familyFile),
              let parsed = parser.parse(text: text, path: files.display(familyFile), folderName: folder) else { return nil }

        var texts = [defaultLanguage.code: parsed.text]
        var entryFiles: [String] = []
        var translationFiles: [(file: String, language: Language)] = []
        var noteFiles: [(file: String, language: Language)] = []
        for name in files.list(folder) {
            let relative = "\(folder)/\(name)"
            if name == "_family.yml" { continue }
            if name.hasPrefix("_family."), name.hasSuffix(".yml") {
                let code = String(name.dropFirst("_family.".count).dropLast(".yml".count))
                guard let language = languages.dropFirst().first(where: { $0.code == code }) else {
                    sink.warning("'\(code)' is not a translation language of site.yml; file ignored", path: files.display(relative))
                    continue
                }
                if let text = files.read(relative),
                   let translated = parser.parseTranslation(text: text, path: files.display(relative), base: parsed) {
                    texts[language.code] = translated
                }
                continue
            }
            guard name.hasSuffix(".md") else {
                sink.warning("not an entry (entries end in .md); file ignored", path: files.display(relative))
                continue
            }
            let stem = String(name.dropLast(3))
            let isNote = stem.contains("-vs-")
            if let dot = stem.lastIndex(of: "."), let language = languages.first(where: { $0.code == stem[stem.index(after: dot)...] }) {
                if language.code == defaultLanguage.code {
                    let form = isNote ? "'<a>-vs-<b>.md'" : "'<code>.md'"
                    sink.error("default-language files are named \(form), without '.\(language.code)'", path: files.display(relative))
                } else if isNote {
                    noteFiles.append((relative, language))
                } else {
                    translationFiles.append((relative, language))
                }
            } else if let dot = stem.lastIndex(of: "."), Identifiers.isLanguageSuffix(stem[stem.index(after: dot)...]) {
                sink.warning("'\(stem[stem.index(after: dot)...])' is not a language of site.yml; translation ignored", path: files.display(relative))
            } else if isNote {
                noteFiles.append((relative, defaultLanguage))
            } else {
                entryFiles.append(relative)
            }
        }

        let (entries, placements) = loadEntries(entryFiles, translations: translationFiles, family: parsed)
        let notes = PairNoteLoader(files: files, sink: sink, defaultLanguage: defaultLanguage, cache: cache)
            .load(noteFiles, codes: Set(entries.map(\.code)), fileCodes: Set(entryFiles.map(stem(of:))))
        let family = Family(id: parsed.id, name: parsed.name, spec: parsed.spec, commandsAre: parsed.commandsAre, codePattern: parsed.codePatternSource,
                            grouping: parsed.grouping, classSource: parsed.classSource, classes: parsed.classes, subjects: parsed.subjects,
                            categories: parsed.categories, entries: entries, notes: notes, texts: texts, path: files.display(familyFile),
                            pairs: parsed.pairs)
        return LoadedFamily(family: family, exchange: parsed.exchange, placements: placements)
    }

    /// Reads and parses entry files on all cores, in the given order.
    private func parseAll(_ jobs: [(file: String, language: Language)], isTranslation: Bool) -> [ParsedEntry?] {
        Parallel.map(jobs.count) { index in
            let (relative, language) = jobs[index]
            guard let text = files.read(relative) else { return nil }
            let path = files.display(relative)
            guard let cache else {
                return EntryParser(sink: sink).parse(text: text, path: path, language: language, isTranslation: isTranslation)
            }
            let key = ParsedFileCache.Key(path: path, language: language.code, isTranslation: isTranslation, text: text)
            return cache.entry(key, into: sink) { own in
                EntryParser(sink: own).parse(text: text, path: path, language: language, isTranslation: isTranslation)
            }
        }
    }

    private func loadEntries(_ entryFiles: [String], translations: [(file: String, language: Language)], family: ParsedFamily) -> ([Entry], [String: PlacementInput]) {
        var parsed: [String: ParsedEntry] = [:]
        let candidates = zip(entryFiles, parseAll(entryFiles.map { ($0, defaultLanguage) }, isTranslation: false))
            .compactMap { relative, entry in entry.map { (relative, $0) } }
        let owners = Dictionary(grouping: candidates, by: { $0.1.code })
        for (relative, entry) in candidates {
            if let first = owners[entry.code]?.first(where: { stem(of: $0.0) == entry.code }) ?? owners[entry.code]?.first,
               first.0 != relative {
                sink.error("duplicate code '\(entry.code)': also defined in \(first.1.text.path)", path: entry.text.path, line: entry.codeLine, column: entry.codeColumn)
                continue
            }
            if check(entry, expectedCode: stem(of: relative), family: family) { parsed[entry.code] = entry }
        }
        let fileCodes = Set(entryFiles.map(stem(of:)))
        var translated: [String: [String: EntryText]] = [:]
        let parsedTranslations = parseAll(translations.map { ($0.file, $0.language) }, isTranslation: true)
        for ((relative, language), parsedTranslation) in zip(translations, parsedTranslations) {
            let expectedCode = String(stem(of: relative).dropLast(language.code.count + 1))
            guard let translation = parsedTranslation, check(translation, expectedCode: expectedCode, family: family) else { continue }
            guard parsed[translation.code] != nil else {
                // An entry that exists but failed validation has its own errors; do not pile on.
                if fileCodes.contains(translation.code) { continue }
                sink.error("translation of '\(translation.code)' has no default-language entry \(expectedCode).md", path: files.display(relative))
                continue
            }
            translated[translation.code, default: [:]][language.code] = translation.text
        }
        checkRelated(parsed, fileCodes: fileCodes)
        var entries = parsed.values.map { entry in
            var texts = translated[entry.code] ?? [:]
            texts[defaultLanguage.code] = entry.text
            return Entry(code: entry.code, spec: entry.spec, commands: entry.commands, related: entry.related.map(\.code),
                         retry: entry.retry, standard: entry.standard, usedWith: entry.usedWith.map(\.value), basicCodes: entry.basicCodes,
                         texts: texts)
        }
        entries.sort { CodeOrder.precedes($0.code, $1.code) }
        return (entries, parsed.mapValues(\.placement))
    }

    private func stem(of relative: String) -> String {
        String((relative as NSString).lastPathComponent.dropLast(3))
    }

    /// The code must be safe as a path, equal to the file name, match the family pattern and have a class.
    private func check(_ entry: ParsedEntry, expectedCode: String, family: ParsedFamily) -> Bool {
        let path = entry.text.path
        guard Identifiers.isSafeCode(expectedCode) else {
            sink.error("file name '\(expectedCode)' is not a valid code; name entries '<code>.md'", path: path)
            return false
        }
        guard Identifiers.isSafeCode(entry.code) else {
            sink.error("code '\(entry.code)' may only contain letters, digits, '.' and '-'", path: path, line: entry.codeLine, column: entry.codeColumn)
            return false
        }
        guard entry.code == expectedCode else {
            sink.error("code '\(entry.code)' does not match the file name '\(expectedCode)'", path: path, line: entry.codeLine, column: entry.codeColumn)
            return false
        }
        let range = NSRange(entry.code.startIndex..., in: entry.code)
        guard let match = family.codePattern.firstMatch(in: entry.code, range: range), match.range == range else {
            sink.error("code '\(entry.code)' does not match the family's code_pattern \(family.codePatternSource)", path: path, line: entry.codeLine, column: entry.codeColumn)
            return false
        }
        if family.classSource == .code, !family.classes.contains(where: { entry.code.hasPrefix($0.key) }) {
            let keys = family.classes.map(\.key).joined(separator: ", ")
            sink.error("code '\(entry.code)' belongs to no class of _family.yml (class keys: \(keys))", path: path, line: entry.codeLine, column: entry.codeColumn)
            return false
        }
        if !family.subjects.isEmpty, !family.subjects.contains(where: { entry.code.hasPrefix($0.key) }) {
            let keys = family.subjects.map(\.key).joined(separator: ", ")
            sink.error("code '\(entry.code)' belongs to no subject of _family.yml (subject keys: \(keys))", path: path, line: entry.codeLine, column: entry.codeColumn)
            return false
        }
        return entry.text.language != defaultLanguage.code || checkClasses(entry, family: family)
    }

    /// `used_with` names classes of the family (and is required where the class comes from it), and `retry`
    /// fits every class the code is sent with (see `Outcome.allowedRetry`).
    private func checkClasses(_ entry: ParsedEntry, family: ParsedFamily) -> Bool {
        let path = entry.text.path
        var outcomes: [(key: String, outcome: Outcome)] = []
        switch family.classSource {
        case .code:
            if !entry.usedWith.isEmpty || entry.usedWithLine != nil {
                sink.error("'used_with' applies only to families with 'class_from: used_with'; this family's classes come from the code",
                           path: path, line: entry.usedWithLine, column: entry.usedWithColumn)
                return false
            }
            if let codeClass = family.classes.filter({ entry.code.hasPrefix($0.key) }).max(by: { $0.key.count < $1.key.count }),
               let outcome = codeClass.outcome {
                outcomes.append((codeClass.key, outcome))
            }
        case .usedWith:
            guard !entry.usedWith.isEmpty else {
                if entry.usedWithLine != nil { return false }
                let keys = family.classes.map { "\"\($0.key)\"" }.joined(separator: ", ")
                sink.error("missing 'used_with': list the classes the code is sent with (\(keys))", path: path, line: entry.codeLine, column: entry.codeColumn)
                return false
            }
            for item in entry.usedWith {
                guard let codeClass = family.classes.first(where: { $0.key == item.value }) else {
                    let keys = family.classes.map { "\"\($0.key)\"" }.joined(separator: ", ")
                    sink.error("'used_with' class '\(item.value)' is not a class of _family.yml (\(keys))", path: path, line: item.line, column: item.column)
                    return false
                }
                if let outcome = codeClass.outcome { outcomes.append((codeClass.key, outcome)) }
            }
        }
        guard let retry = entry.retry else { return true }
        for (key, outcome) in outcomes where !outcome.allowedRetry.contains(retry) {
            let allowed = outcome.allowedRetry.map(\.rawValue).joined(separator: ", ")
            sink.error("'retry: \(retry.rawValue)' contradicts class \(key) (\(outcome.rawValue)); it allows \(allowed)",
                       path: path, line: entry.retryLine, column: entry.retryColumn)
            return false
        }
        return true
    }

    private func checkRelated(_ entries: [String: ParsedEntry], fileCodes: Set<String>) {
        for entry in entries.values {
            for related in entry.related {
                if entries[related.code] == nil && !fileCodes.contains(related.code) {
                    sink.error("related code '\(related.code)' does not exist in this family", path: entry.text.path, line: related.line, column: related.column)
                } else if related.code == entry.code {
                    sink.error("an entry cannot be related to itself", path: entry.text.path, line: related.line, column: related.column)
                }
            }
        }
    }
}
