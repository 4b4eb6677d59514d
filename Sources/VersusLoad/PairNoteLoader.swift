import Foundation
import VersusDiagnostics
import VersusModel

/// Loads a family's pair notes (`<a>-vs-<b>.md`, either order) and their translations, checking that both codes
/// exist, differ, and that a pair has one note file per language.
package struct PairNoteLoader {
    let files: ContentFiles
    let sink: DiagnosticSink
    let defaultLanguage: Language
    var cache: ParsedFileCache?

    /// `codes` are the family's valid entries; `fileCodes` every entry file, valid or not (its own errors suffice).
    func load(_ noteFiles: [(file: String, language: Language)], codes: Set<String>, fileCodes: Set<String>) -> [CodePair: PairNote] {
        var texts: [CodePair: [String: PairNoteText]] = [:]
        var owners: [CodePair: [String: String]] = [:]
        // Default-language notes first, so a translation can be matched with its note.
        let ordered = noteFiles.filter { $0.language.code == defaultLanguage.code } + noteFiles.filter { $0.language.code != defaultLanguage.code }
        for (relative, language) in ordered {
            let path = files.display(relative)
            var stem = String((relative as NSString).lastPathComponent.dropLast(3))
            if language.code != defaultLanguage.code { stem = String(stem.dropLast(language.code.count + 1)) }
            guard let (first, second) = PairNoteParser.codes(of: stem) else {
                sink.error("a pair note is named '<a>-vs-<b>.md' with two codes of the family", path: path, line: 1, column: 1)
                continue
            }
            guard first != second else {
                sink.error("pair note names the code '\(first)' twice", path: path, line: 1, column: 1)
                continue
            }
            let missing = [first, second].filter { !codes.contains($0) }
            guard missing.isEmpty else {
                for code in missing where !fileCodes.contains(code) {
                    sink.error("pair note names the code '\(code)', which does not exist in this family", path: path, line: 1, column: 1)
                }
                continue
            }
            let pair = CodePair(first, second)
            if let other = owners[pair]?[language.code] {
                sink.error("the pair \(pair.a)/\(pair.b) has two notes: this file and \(other); keep one", path: path, line: 1, column: 1)
                continue
            }
            owners[pair, default: [:]][language.code] = path
            guard language.code == defaultLanguage.code || texts[pair]?[defaultLanguage.code] != nil else {
                if owners[pair]?[defaultLanguage.code] == nil {
                    sink.error("translation of the pair note \(pair.a)-vs-\(pair.b) has no default-language note \(pair.a)-vs-\(pair.b).md",
                               path: path, line: 1, column: 1)
                }
                continue
            }
            guard let text = files.read(relative), let note = parse(text, path: path, language: language.code) else { continue }
            texts[pair, default: [:]][language.code] = note
        }
        var notes: [CodePair: PairNote] = [:]
        for (pair, byLanguage) in texts where byLanguage[defaultLanguage.code] != nil {
            notes[pair] = PairNote(pair: pair, texts: byLanguage)
        }
        return notes
    }

    private func parse(_ text: String, path: String, language: String) -> PairNoteText? {
        let isTranslation = language != defaultLanguage.code
        guard let cache else { return PairNoteParser(sink: sink).parse(text: text, path: path, language: language, isTranslation: isTranslation) }
        let key = ParsedFileCache.Key(path: path, language: language, isTranslation: isTranslation, text: text)
        return cache.note(key, into: sink) { PairNoteParser(sink: $0).parse(text: text, path: path, language: language, isTranslation: isTranslation) }
    }
}
