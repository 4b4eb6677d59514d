import Foundation
import VersusDiagnostics
import VersusFiles
import VersusModel
import VersusLoad

/// `versus new <family> <code> [--lang xx]`: a correctly shaped entry, headings in that language.
public enum EntryScaffold {
    /// Writes `<content>/<family>/<code>.md`, or `<code>.<language>.md` for a translation, and returns its path.
    /// Throws `BuildFailure.usage` for an unknown family, a code the family's pattern refuses or an existing file, and
    /// `BuildFailure.io` when the file cannot be written.
    public static func create(content: String, family: String, code: String, language: String?) throws -> String {
        let sink = DiagnosticSink()
        let files = ContentFiles(root: content, sink: sink)
        guard Identifiers.isSafeFamilyID(family), files.exists("\(family)/_family.yml"),
              let familyText = files.read("\(family)/_family.yml"),
              let parsed = FamilyParser(sink: sink).parse(text: familyText, path: files.display("\(family)/_family.yml"), folderName: family) else {
            throw BuildFailure.usage("no family '\(family)' in \(DisplayPath.of(content)) (it needs \(family)/_family.yml)")
        }
        let range = NSRange(code.startIndex..., in: code)
        guard Identifiers.isSafeCode(code), let match = parsed.codePattern.firstMatch(in: code, range: range), match.range == range else {
            throw BuildFailure.usage("'\(code)' is not a code of \(family): it must match \(parsed.codePatternSource)")
        }
        guard let siteText = files.read("site.yml"), let site = SiteParser(sink: sink).parse(text: siteText, path: files.display("site.yml")) else {
            throw BuildFailure.usage("cannot read \(files.display("site.yml"))")
        }
        let languageCode = language ?? site.languages[0].code
        guard site.languages.contains(where: { $0.code == languageCode }), let stringsText = files.read("i18n/\(languageCode).yml"),
              let strings = LanguageLoader(sink: sink).load(text: stringsText, path: files.display("i18n/\(languageCode).yml"), code: languageCode,
                                                           untranslated: .fallback, fallback: nil) else {
            throw BuildFailure.usage("'\(languageCode)' is not a language of site.yml with a strings file")
        }
        let isTranslation = languageCode != site.languages[0].code
        if isTranslation && !files.exists("\(family)/\(code).md") {
            throw BuildFailure.usage("write the default-language entry \(family)/\(code).md before its translation")
        }
        let relative = "\(family)/\(code)\(isTranslation ? ".\(languageCode)" : "").md"
        let path = files.absolute(relative)
        if FileManager.default.fileExists(atPath: path) {
            throw BuildFailure.usage("refusing to overwrite \(DisplayPath.of(path))")
        }
        var text = "---\ncode: \"\(code)\"\ntitle: \"\(code)\"\nsummary: \"\"\n"
        if !isTranslation {
            let section = parsed.spec.section.map { ", section: \"\($0)\"" } ?? ""
            text += "spec:\n  - {rfc: \(parsed.spec.rfc)\(section)}\n# commands: []\n# related: []\n"
        }
        text += "---\n"
        for key in SectionKey.entrySections { text += "\n## \(strings.headings[key] ?? key.rawValue)\n\n" }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch {
            throw BuildFailure.io(path: DisplayPath.of(path), message: SystemError.reason(error))
        }
        return path
    }
}
