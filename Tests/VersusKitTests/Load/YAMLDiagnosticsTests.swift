import Foundation
import VersusDiagnostics
import VersusLoad
import XCTest

/// Every YAML problem, in every kind of file that holds YAML, is one line at the place a person must edit: syntax
/// errors, repeated keys and values of the wrong type are errors, unknown keys warnings. A byte order mark and CRLF
/// line ends change nothing.
final class YAMLDiagnosticsTests: XCTestCase {
    /// In the multilingual fixture, `file` with `find` (found once) replaced by `replace` gives exactly `expected`.
    private struct Case {
        var file: String
        var find: String
        var replace: String
        var expected: [String]

        init(_ file: String, _ find: String, _ replace: String, _ expected: String...) {
            self.file = file
            self.find = find
            self.replace = replace
            self.expected = expected
        }
    }

    private static let tab = "YAML syntax error: found a tab character where indentation is expected"
    private static let quote = "YAML syntax error: the quoted value that starts here is not closed"
    private static let bracket = "YAML syntax error: the list opened with '[' here is not closed with ']' (or lacks a ',' between items)"
    private static let colon = "YAML syntax error: ':' is not allowed here; quote a value that contains ': ', or fix the indentation"

    private static let cases: [Case] = [
        // An entry's front matter: its first YAML line is line 2 of the file.
        Case("mail/250.md", "title: OK\n", "title: OK\ntitle: Again\n", "mail/250.md:4:1: error: duplicate key 'title' (first at line 3)"),
        Case("mail/250.md", "section: \"4.2.2\"}", "section: \"4.2.2\", rfc: 1}", "mail/250.md:8:35: error: duplicate key 'rfc' (first at line 8)"),
        Case("mail/250.md", "title: OK\n", "\ttitle: OK\n", "mail/250.md:3:1: error: \(tab)"),
        Case("mail/250.md", "title: OK\n", "title: \"OK\n", "mail/250.md:3:8: error: \(quote)"),
        Case("mail/250.md", "title: OK\n", "title: [OK\n", "mail/250.md:3:8: error: \(bracket)"),
        Case("mail/250.md", "title: OK\n", "title: OK: fine\n", "mail/250.md:3:10: error: \(colon)"),
        Case("mail/250.md", "title: OK\n", "title: OK\n  name: OK\n", "mail/250.md:4:7: error: \(colon)"),
        Case("mail/250.md", "title: OK\n", "title: [OK]\n", "mail/250.md:3:8: error: expected a string for 'title', found a list"),
        Case("mail/250.md", "title: OK\n", "title: {text: OK}\n", "mail/250.md:3:8: error: expected a string for 'title', found a mapping"),
        Case("mail/250.md", "commands: [MAIL, RCPT, DATA]", "commands: {MAIL: yes}",
             "mail/250.md:9:11: error: expected a list for 'commands', found a mapping"),
        Case("mail/250.md", "commands: [MAIL, RCPT, DATA]", "commands: 5", "mail/250.md:9:11: error: expected a list for 'commands', found a number"),
        Case("mail/250.md", "title: OK\n", "titel: OK\ntitle: OK\n", "mail/250.md:3:1: warning: unknown front-matter key 'titel'; did you mean 'title'?"),
        Case("mail/250.md", "title: OK\n", "title: OK\n\"title\\nagain\": x\n", "mail/250.md:4:1: warning: unknown front-matter key 'title\\nagain'"),

        // A translated entry.
        Case("mail/250.es.md", "title: Correcto\n", "title: Correcto\ntitle: Otra vez\n",
             "mail/250.es.md:4:1: error: duplicate key 'title' (first at line 3)"),
        Case("mail/250.es.md", "title: Correcto\n", "\ttitle: Correcto\n", "mail/250.es.md:3:1: error: \(tab)"),
        Case("mail/250.es.md", "title: Correcto\n", "title: \"Correcto\n", "mail/250.es.md:3:8: error: \(quote)"),
        Case("mail/250.es.md", "title: Correcto\n", "title: [Correcto\n", "mail/250.es.md:3:8: error: \(bracket)"),
        Case("mail/250.es.md", "title: Correcto\n", "title: Correcto: bien\n", "mail/250.es.md:3:16: error: \(colon)"),
        Case("mail/250.es.md", "title: Correcto\n", "title: Correcto\n  name: Correcto\n", "mail/250.es.md:4:7: error: \(colon)"),
        Case("mail/250.es.md", "title: Correcto\n", "title: [Correcto]\n", "mail/250.es.md:3:8: error: expected a string for 'title', found a list"),
        Case("mail/250.es.md", "title: Correcto\n", "title: {text: Correcto}\n",
             "mail/250.es.md:3:8: error: expected a string for 'title', found a mapping"),
        Case("mail/250.es.md", "title: Correcto\n", "title: Correcto\ncommands: [MAIL]\n",
             "mail/250.es.md:4:1: warning: 'commands' is a fact of the default-language entry and is ignored here; a translation holds only code, title, name, summary, use_when"),

        // A pair note's front matter.
        Case("mail/250-vs-535.md", "summary: 250", "summary: 250 confirms.\nsummary: 250",
             "mail/250-vs-535.md:3:1: error: duplicate key 'summary' (first at line 2)"),
        Case("mail/250-vs-535.md", "summary: 250", "\tsummary: 250", "mail/250-vs-535.md:2:1: error: \(tab)"),
        Case("mail/250-vs-535.md", "summary: 250", "summary: \"250", "mail/250-vs-535.md:2:10: error: \(quote)"),
        Case("mail/250-vs-535.md", "summary: 250", "summary: [250", "mail/250-vs-535.md:2:10: error: \(bracket)"),
        Case("mail/250-vs-535.md", "summary: 250", "summary: Note: 250", "mail/250-vs-535.md:2:14: error: \(colon)"),
        Case("mail/250-vs-535.md", "summary: 250", "summary: 250 confirms.\n  extra: 250", "mail/250-vs-535.md:3:8: error: \(colon)"),
        Case("mail/250-vs-535.md", "summary: 250 confirms a step; 535 refuses the credentials given with AUTH.", "summary: [250]",
             "mail/250-vs-535.md:2:10: error: expected a string for 'summary', found a list"),
        Case("mail/250-vs-535.md", "summary: 250 confirms a step; 535 refuses the credentials given with AUTH.", "summary: {a: 250}",
             "mail/250-vs-535.md:2:10: error: expected a string for 'summary', found a mapping"),
        Case("mail/250-vs-535.md", "summary: 250", "sumary: x\nsummary: 250",
             "mail/250-vs-535.md:2:1: warning: unknown pair-note front-matter key 'sumary'; did you mean 'summary'?"),

        // A family file.
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: Fixture Mail Protocol\ntitle: Again\n",
             "mail/_family.yml:4:1: error: duplicate key 'title' (first at line 3)"),
        Case("mail/_family.yml", "section: \"4.2\"}", "section: \"4.2\", rfc: 1}", "mail/_family.yml:5:35: error: duplicate key 'rfc' (first at line 5)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "\ttitle: Fixture Mail Protocol\n", "mail/_family.yml:3:1: error: \(tab)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: Fixture Mail Protocol\n---\ntitle: Again\n",
             "mail/_family.yml:4:1: error: YAML syntax error: a second YAML document starts here ('---'); this file holds one"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: \"Fixture Mail Protocol\n", "mail/_family.yml:3:8: error: \(quote)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: [Fixture Mail Protocol\n", "mail/_family.yml:3:8: error: \(bracket)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: Fixture: Mail Protocol\n", "mail/_family.yml:3:15: error: \(colon)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: Fixture Mail Protocol\n  name: MAIL\n", "mail/_family.yml:4:7: error: \(colon)"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: [Fixture Mail Protocol]\n",
             "mail/_family.yml:3:8: error: expected a string for 'title', found a list"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: {text: Fixture Mail Protocol}\n",
             "mail/_family.yml:3:8: error: expected a string for 'title', found a mapping"),
        // The translation's categories then have nothing to translate: reported there, each once.
        Case("mail/_family.yml", familyCategories, "categories: {key: \"3\"}\n",
             "mail/_family.es.yml:7:5: error: category '3' is not defined in the family's _family.yml",
             "mail/_family.es.yml:8:5: error: category '5' is not defined in the family's _family.yml",
             "mail/_family.yml:12:13: error: expected a list for 'categories', found a mapping"),
        Case("mail/_family.yml", familyCategories, "categories: 3\n",
             "mail/_family.es.yml:7:5: error: category '3' is not defined in the family's _family.yml",
             "mail/_family.es.yml:8:5: error: category '5' is not defined in the family's _family.yml",
             "mail/_family.yml:12:13: error: expected a list for 'categories', found a number"),
        Case("mail/_family.yml", "title: Fixture Mail Protocol\n", "title: Fixture Mail Protocol\ntitles: x\n",
             "mail/_family.yml:4:1: warning: unknown family key 'titles'; did you mean 'title'?"),

        // A family translation.
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: Protocolo de correo de prueba\ntitle: Otra vez\n",
             "mail/_family.es.yml:2:1: error: duplicate key 'title' (first at line 1)"),
        Case("mail/_family.es.yml", "{key: \"2\",", "{key: \"2\", key: \"5\",", "mail/_family.es.yml:4:16: error: duplicate key 'key' (first at line 4)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "\ttitle: Protocolo de correo de prueba\n", "mail/_family.es.yml:1:1: error: \(tab)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: \"Protocolo de correo de prueba\n",
             "mail/_family.es.yml:1:8: error: \(quote)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: [Protocolo de correo de prueba\n",
             "mail/_family.es.yml:1:8: error: \(bracket)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: Protocolo: de correo de prueba\n",
             "mail/_family.es.yml:1:17: error: \(colon)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: Protocolo de correo de prueba\n  name: Correo\n",
             "mail/_family.es.yml:2:7: error: \(colon)"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: [Protocolo de correo de prueba]\n",
             "mail/_family.es.yml:1:8: error: expected a string for 'title', found a list"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: {text: Protocolo}\n",
             "mail/_family.es.yml:1:8: error: expected a string for 'title', found a mapping"),
        Case("mail/_family.es.yml", familyTranslationCategories, "categories: {key: \"3\"}\n",
             "mail/_family.es.yml:6:13: error: expected a list for 'categories', found a mapping"),
        Case("mail/_family.es.yml", familyTranslationCategories, "categories: 3\n",
             "mail/_family.es.yml:6:13: error: expected a list for 'categories', found a number"),
        Case("mail/_family.es.yml", "title: Protocolo de correo de prueba\n", "title: Protocolo de correo de prueba\nspec: {rfc: 1}\n",
             "mail/_family.es.yml:2:1: warning: unknown family translation key 'spec'"),

        // site.yml.
        Case("site.yml", "title: Fixture Codes\n", "title: Fixture Codes\ntitle: Again\n", "site.yml:2:1: error: duplicate key 'title' (first at line 1)"),
        Case("site.yml", "{code: en}", "{code: en, code: pt}", "site.yml:4:16: error: duplicate key 'code' (first at line 4)"),
        Case("site.yml", "title: Fixture Codes\n", "\ttitle: Fixture Codes\n", "site.yml:1:1: error: \(tab)"),
        Case("site.yml", "title: Fixture Codes\n", "title: \"Fixture Codes\n", "site.yml:1:8: error: \(quote)"),
        Case("site.yml", "title: Fixture Codes\n", "title: [Fixture Codes\n", "site.yml:1:8: error: \(bracket)"),
        Case("site.yml", "title: Fixture Codes\n", "title: Fixture: Codes\n", "site.yml:1:15: error: \(colon)"),
        Case("site.yml", "title: Fixture Codes\n", "title: Fixture Codes\n  name: Codes\n", "site.yml:2:7: error: \(colon)"),
        Case("site.yml", "title: Fixture Codes\n", "title: [Fixture Codes]\n", "site.yml:1:8: error: expected a string for 'title', found a list"),
        Case("site.yml", "title: Fixture Codes\n", "title: {text: Fixture Codes}\n", "site.yml:1:8: error: expected a string for 'title', found a mapping"),
        Case("site.yml", siteLanguages, "languages: {code: en}\n", "site.yml:3:12: error: expected a list for 'languages', found a mapping"),
        Case("site.yml", siteLanguages, "languages: 1\n", "site.yml:3:12: error: expected a list for 'languages', found a number"),
        Case("site.yml", "title: Fixture Codes\n", "title: Fixture Codes\nbase-url: https://codes.example.org/\n",
             "site.yml:2:1: warning: unknown site key 'base-url'; did you mean 'base_url'?"),

        // A language's strings.
        Case("i18n/es.yml", "name: Español\n", "name: Español\nname: Castellano\n", "i18n/es.yml:3:1: error: duplicate key 'name' (first at line 2)"),
        Case("i18n/es.yml", "  home: Inicio\n", "  home: Inicio\n  home: Portada\n", "i18n/es.yml:7:3: error: duplicate key 'home' (first at line 6)"),
        Case("i18n/es.yml", "name: Español\n", "\tname: Español\n", "i18n/es.yml:2:1: error: \(tab)"),
        Case("i18n/es.yml", "name: Español\n", "name: \"Español\n", "i18n/es.yml:2:7: error: \(quote)"),
        Case("i18n/es.yml", "name: Español\n", "name: [Español\n", "i18n/es.yml:2:7: error: \(bracket)"),
        Case("i18n/es.yml", "name: Español\n", "name: Idioma: Español\n", "i18n/es.yml:2:13: error: \(colon)"),
        Case("i18n/es.yml", "name: Español\n", "name: Español\n  dir: ltr\n", "i18n/es.yml:3:6: error: \(colon)"),
        Case("i18n/es.yml", "name: Español\n", "name: [Español]\n", "i18n/es.yml:2:7: error: expected a string for 'name', found a list"),
        Case("i18n/es.yml", "name: Español\n", "name: {text: Español}\n", "i18n/es.yml:2:7: error: expected a string for 'name', found a mapping"),
        Case("i18n/es.yml", "  home: Inicio\n", "  home: [Inicio]\n", "i18n/es.yml:6:9: error: expected a string for 'ui.home', found a list"),
        Case("i18n/es.yml", "  home: Inicio\n", "  home: Inicio\n  homepage: Inicio\n", "i18n/es.yml:7:3: warning: unknown 'ui' key 'homepage'"),
    ]

    private static let familyCategories = """
        categories:
          - {key: "3", label: authentication, meaning: Replies about authentication.}
          - {key: "5", label: mail system, meaning: Replies about the mail system.}

        """
    private static let familyTranslationCategories = "categories:\n  - {key: \"3\", label: autenticación}\n  - {key: \"5\", label: sistema de correo}\n"
    private static let siteLanguages = "languages:\n  - {code: en}\n  - {code: es, untranslated: fallback}\n  - {code: ar, untranslated: omit}\n"

    func testEveryProblemOfEveryFileKindIsOneLineAtThePlaceToEdit() throws {
        let content = try Fixture.copy("multilingual", into: try Fixture.temporaryFolder(self))
        for (number, test) in Self.cases.enumerated() {
            let name = "case \(number + 1): \(test.file) with \(test.replace.debugDescription)"
            XCTAssertEqual(try diagnostics(test, byteOrderMarkAndCRLF: false, in: content), test.expected, name)
            XCTAssertEqual(try diagnostics(test, byteOrderMarkAndCRLF: true, in: content), test.expected, name + ", with a BOM and CRLF")
        }
    }

    /// Every repeat of a key is reported, each pointing back at its first occurrence, quoted or not.
    func testEveryRepeatOfAKeyIsReported() throws {
        let test = Case("mail/250.md", "title: OK\nname: OK\n", "title: OK\ntitle: A\nname: B\ntitle: C\n\"title\": D\nname: OK\n")
        XCTAssertEqual(try diagnostics(test), [
            "mail/250.md:4:1: error: duplicate key 'title' (first at line 3)",
            "mail/250.md:6:1: error: duplicate key 'title' (first at line 3)",
            "mail/250.md:7:1: error: duplicate key 'title' (first at line 3)",
            "mail/250.md:8:1: error: duplicate key 'name' (first at line 5)",
        ])
    }

    /// A value quoted over several lines is legal; the error after it is its own.
    func testAClosedMultiLineQuoteIsNotBlamed() throws {
        let test = Case("mail/250.md", "title: OK\n", "title: \"OK,\n  still OK\"\nname: OK: not\n")
        XCTAssertEqual(try diagnostics(test), ["mail/250.md:5:9: error: \(Self.colon)"])
    }

    /// Columns count characters, not bytes or Unicode scalars.
    func testColumnsCountCharacters() throws {
        let test = Case("mail/250.md", "title: OK\n", "title: 🙂 é\u{301} [x]: y\n")
        XCTAssertEqual(try diagnostics(test), ["mail/250.md:3:15: error: \(Self.colon)"])
    }

    private func diagnostics(_ test: Case, byteOrderMarkAndCRLF: Bool = false, in content: String? = nil) throws -> [String] {
        let content = try content ?? Fixture.copy("multilingual", into: try Fixture.temporaryFolder(self))
        let path = content + "/" + test.file
        let original = try Fixture.read(path)
        defer { try? Fixture.write(original, to: path) }
        XCTAssertEqual(original.components(separatedBy: test.find).count, 2, "'\(test.find)' should be in \(test.file) once")
        var text = original.replacingOccurrences(of: test.find, with: test.replace)
        if byteOrderMarkAndCRLF { text = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let diagnostics = CatalogLoader.load(contentDirectory: content).diagnostics.sorted()
        return Fixture.lines(diagnostics, relativeTo: content)
    }
}
