import Foundation
import Synchronization
import VersusBuild
import VersusKit
import XCTest

/// Rebuilds equal clean builds, always: seeded random sequences of the edits a person makes (titles, summaries,
/// section text, related lists, pair notes, i18n strings, family files, pair policies, site settings, templates,
/// partials and assets, entries and languages added and removed, the `--redirects` mode), after each of which the
/// incremental output must equal a clean build of the same sources, byte for byte and file for file.
final class RebuildPropertyTests: XCTestCase {
    static let sequences = Int(ProcessInfo.processInfo.environment["VERSUS_SEQUENCES"] ?? "") ?? 200

    func testIncrementalBuildsEqualCleanBuildsAfterAnySequenceOfEdits() throws {
        let failures = Mutex<[String]>([])
        let scratch = try Fixture.temporaryFolder(self)
        // Sequences are independent: they run side by side, each in its own folders.
        DispatchQueue.concurrentPerform(iterations: Self.sequences) { seed in
            do {
                if let failure = try Self.run(seed: UInt64(seed), in: scratch + "/\(seed)") { failures.withLock { $0.append(failure) } }
            } catch {
                failures.withLock { $0.append("seed \(seed): \(error)") }
            }
        }
        XCTAssertEqual(failures.withLock { $0.sorted() }, [])
    }

    /// Builds, then applies one or two random edits, comparing the rebuild with a clean build after each.
    static func run(seed: UInt64, in folder: String) throws -> String? {
        let project = try EditableProject(folder: folder, seed: seed)
        _ = try project.build(into: project.site)
        var applied: [String] = []
        for step in 0..<project.sequenceLength() {
            applied.append(try project.randomEdit())
            _ = try project.build(into: project.site)
            let clean = project.folder + "/clean-\(step)"
            _ = try project.build(into: clean)
            if let difference = difference(project.site, clean) {
                return "seed \(seed), after \(applied.joined(separator: "; ")): \(difference)"
            }
            try FileManager.default.removeItem(atPath: clean)
        }
        return nil
    }

    /// Every folder under `root`, relative and sorted.
    static func folders(in root: String) -> [String] {
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let item = enumerator?.nextObject() as? String {
            if enumerator?.fileAttributes?[.type] as? FileAttributeType == .typeDirectory { result.append(item) }
        }
        return result.sorted()
    }

    /// The first difference between two built sites, or nil when they hold the same folders and files with the same
    /// bytes.
    static func difference(_ incremental: String, _ clean: String) -> String? {
        let folders = Self.folders(in: incremental), expectedFolders = Self.folders(in: clean)
        if folders != expectedFolders {
            return "folders differ: only incremental \(Set(folders).subtracting(expectedFolders).sorted()), only clean \(Set(expectedFolders).subtracting(folders).sorted())"
        }
        let files = Fixture.files(in: incremental), expected = Fixture.files(in: clean)
        if files != expected {
            return "files differ: only incremental \(Set(files).subtracting(expected).sorted()), only clean \(Set(expected).subtracting(files).sorted())"
        }
        for file in files where FileManager.default.contents(atPath: incremental + "/" + file) != FileManager.default.contents(atPath: clean + "/" + file) {
            return "\(file) differs from a clean build"
        }
        return nil
    }
}

/// A scratch copy of the multilingual fixture and of the shipped templates, and the edits a person makes to them.
final class EditableProject {
    let folder: String
    let content: String
    let templates: String
    var site: String { folder + "/site" }
    private var random: SeededGenerator
    private var counter = 0
    /// The family folder the current edit works in: `mail`, or `post`, a second family made from it, so that an
    /// edit to one family is also checked against the pages of the other.
    private var mail = ""

    /// `folder` is created; it must not exist.
    init(folder: String, seed: UInt64) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        content = try Fixture.copy("multilingual", into: folder)
        templates = folder + "/templates"
        try FileManager.default.copyItem(atPath: Fixture.templates, toPath: templates)
        try Fixture.addBorrowingFamily(to: content)
        random = SeededGenerator(seed: seed)
    }

    /// How reversed pairs are answered (`--redirects`), changed by the "redirects" edit.
    private var redirects = RedirectMode.files

    func build(into output: String) throws -> BuildReport {
        var options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output)
        options.redirects = redirects
        return try SiteBuilder.build(options)
    }

    private func word() -> String {
        counter += 1
        return ["alpha", "delta", "sigma", "omega"].randomElement(using: &random)! + "\(counter)"
    }

    private func files(in folder: String, matching pattern: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return Fixture.files(in: folder).filter { regex.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil }
    }

    /// Codes of the family's entries in the default language.
    private var codes: [String] { files(in: mail, matching: #"^\d{3}\.md$"#).map { String($0.prefix(3)) } }

    private func edit(_ path: String, _ change: (String) -> String) throws {
        try Fixture.write(change(try Fixture.read(path)), to: path)
    }

    /// Changes the first line starting with `prefix` in `path`.
    private func editLine(_ path: String, startingWith prefix: String, _ change: (String) -> String) throws {
        try edit(path) { text in
            var lines = text.components(separatedBy: "\n")
            if let index = lines.firstIndex(where: { $0.hasPrefix(prefix) }) { lines[index] = change(lines[index]) }
            return lines.joined(separator: "\n")
        }
    }

    /// How many edits this sequence makes: one or two, each followed by a clean build to compare with (what the
    /// suite's time allows for two hundred sequences).
    func sequenceLength() -> Int { Int.random(in: 1...2, using: &random) }

    /// Applies one random edit; returns what it did.
    func randomEdit() throws -> String {
        let kinds: [(String, () throws -> String)] = [
            ("title", editTitle), ("summary", editSummary), ("section", editSection), ("related", editRelated),
            ("note", editNote), ("i18n", editInterfaceString), ("family", editFamily), ("pairs", editPairPolicy), ("site", editSite),
            ("template", editTemplate), ("asset", editAsset), ("add entry", addEntry), ("remove entry", removeEntry),
            ("add language", addLanguage), ("remove language", removeLanguage), ("step label", editStepLabel),
            ("steps", editSteps), ("redirects", switchRedirects),
        ]
        mail = content + "/" + ["mail", "post"].randomElement(using: &random)!
        let (name, apply) = kinds.randomElement(using: &random)!
        return "\(name) in \((mail as NSString).lastPathComponent): \(try apply())"
    }

    /// Another `--redirects` mode for the next builds (the clean build too).
    private func switchRedirects() throws -> String {
        redirects = RedirectMode.allCases.filter { $0 != redirects }.randomElement(using: &random)!
        return "--redirects \(redirects.rawValue)"
    }

    private func anyEntryFile() -> String {
        files(in: mail, matching: #"^\d{3}(\.[a-z]{2})?\.md$"#).randomElement(using: &random)!
    }

    private func editTitle() throws -> String {
        let file = anyEntryFile(), text = word()
        try editLine(mail + "/" + file, startingWith: "title: ") { $0 + " " + text }
        return "\(file) title + \(text)"
    }

    private func editSummary() throws -> String {
        let file = anyEntryFile(), text = word()
        try editLine(mail + "/" + file, startingWith: "summary: ") { $0 + " " + text }
        return "\(file) summary + \(text)"
    }

    private func editSection() throws -> String {
        let file = anyEntryFile(), text = word()
        let path = mail + "/" + file
        let headings = try Fixture.read(path).components(separatedBy: "\n").filter { $0.hasPrefix("## ") }
        guard let heading = headings.randomElement(using: &random) else { return "\(file) has no sections" }
        try editLine(path, startingWith: heading) { $0 + "\n\nA new paragraph about \(text)." }
        return "\(file) \(heading) + \(text)"
    }

    private func editRelated() throws -> String {
        let code = codes.randomElement(using: &random)!
        let others = codes.filter { $0 != code }.shuffled(using: &random)
        let related = Array(others.prefix(Int.random(in: 0...min(2, others.count), using: &random)))
        try edit(mail + "/\(code).md") { text in
            var lines = text.components(separatedBy: "\n").filter { !$0.hasPrefix("related:") }
            if !related.isEmpty {
                lines.insert("related: [\(related.map { "\"\($0)\"" }.joined(separator: ", "))]", at: 2)
            }
            return lines.joined(separator: "\n")
        }
        return "\(code) related \(related)"
    }

    private func editNote() throws -> String {
        let existing = files(in: mail, matching: #"^\d{3}-vs-\d{3}(\.[a-z]{2})?\.md$"#)
        if let note = existing.randomElement(using: &random), Bool.random(using: &random) {
            let text = word()
            try editLine(mail + "/" + note, startingWith: "summary: ") { $0 + " " + text }
            return "\(note) summary + \(text)"
        }
        let pair = codes.shuffled(using: &random).prefix(2).sorted()
        guard pair.count == 2 else { return "no pair" }
        let path = mail + "/\(pair[0])-vs-\(pair[1]).md"
        try Fixture.write("---\nsummary: \(pair[0]) and \(pair[1]) in one \(word()).\n---\n\nSee both.\n", to: path)
        return "note \(pair[0])-vs-\(pair[1]) written"
    }

    private func editInterfaceString() throws -> String {
        let file = files(in: content + "/i18n", matching: #"\.yml$"#).randomElement(using: &random)!
        let path = content + "/i18n/" + file
        var lines = try Fixture.read(path).components(separatedBy: "\n")
        // Only the `ui:` block: headings must match the entries' section headings, and patterns their placeholders.
        guard let start = lines.firstIndex(of: "ui:") else { return "\(file) has no ui block" }
        let end = lines[(start + 1)...].firstIndex { !$0.isEmpty && !$0.hasPrefix(" ") && !$0.hasPrefix("#") } ?? lines.count
        let plain = try NSRegularExpression(pattern: #"^\s+[a-z_]+: [^"'{\[#|>&*!%@`\s][^#]*[^:\s]$"#)
        let candidates = (start + 1..<end).filter { plain.firstMatch(in: lines[$0], range: NSRange(lines[$0].startIndex..., in: lines[$0])) != nil }
        guard let index = candidates.randomElement(using: &random) else { return "\(file) unchanged" }
        let text = word()
        lines[index] += " " + text
        try Fixture.write(lines.joined(separator: "\n"), to: path)
        return "\(file) '\(lines[index])'"
    }

    private func editFamily() throws -> String {
        let file = files(in: mail, matching: #"^_family(\.[a-z]{2})?\.yml$"#).randomElement(using: &random)!
        let text = word()
        let key = ["title: ", "description: "].randomElement(using: &random)!
        try editLine(mail + "/" + file, startingWith: key) { $0 + " " + text }
        return "\(file) \(key)+ \(text)"
    }

    /// A label of MAIL's exchange, in any language; POST borrows them.
    private func editStepLabel() throws -> String {
        let file = files(in: content + "/mail", matching: #"^_family(\.[a-z]{2})?\.yml$"#).randomElement(using: &random)!
        let path = content + "/mail/" + file
        var lines = try Fixture.read(path).components(separatedBy: "\n")
        guard let index = lines.indices.filter({ lines[$0].contains("{key: ") && lines[$0].contains("label: ") }).randomElement(using: &random)
        else { return "\(file) has no step" }
        let text = word()
        lines[index] = lines[index].replacingOccurrences(of: "label: ", with: "label: \(text) ")
        try Fixture.write(lines.joined(separator: "\n"), to: path)
        return "\(file) '\(lines[index])'"
    }

    /// Gives an entry explicit exchange steps, or takes them away.
    private func editSteps() throws -> String {
        guard let code = codes.randomElement(using: &random) else { return "no entry" }
        let path = mail + "/\(code).md"
        var lines = try Fixture.read(path).components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("steps: ") }) {
            lines.remove(at: index)
            try Fixture.write(lines.joined(separator: "\n"), to: path)
            return "\(code) steps removed"
        }
        let keys = ["greeting", "auth", "mail", "rcpt", "data", "end-of-data", "quit"].filter { _ in Bool.random(using: &random) }
        let steps = "steps: [\((keys.isEmpty ? ["quit"] : keys).joined(separator: ", "))]"
        lines.insert(steps, at: lines.firstIndex { $0.hasPrefix("code: ") }! + 1)
        try Fixture.write(lines.joined(separator: "\n"), to: path)
        return "\(code) \(steps)"
    }

    /// Sets the family's pair policy, or removes it (the default, `all`).
    private func editPairPolicy() throws -> String {
        let path = mail + "/_family.yml"
        let policy = [nil, "all", "same_class", "related"].randomElement(using: &random)!
        try edit(path) { text in
            var lines = text.components(separatedBy: "\n").filter { !$0.hasPrefix("pairs:") }
            if let policy { lines.insert("pairs: \(policy)", at: 1) }
            return lines.joined(separator: "\n")
        }
        return "pairs \(policy ?? "removed")"
    }

    private func editSite() throws -> String {
        let path = content + "/site.yml"
        if Bool.random(using: &random) {
            let text = word()
            try editLine(path, startingWith: "title: ") { $0 + " " + text }
            return "site title + \(text)"
        }
        let base = "https://\(word()).example.org/docs"
        try editLine(path, startingWith: "base_url: ") { _ in "base_url: \(base)" }
        return "base_url \(base)"
    }

    private func editTemplate() throws -> String {
        let file = files(in: templates, matching: #"\.mustache$"#).randomElement(using: &random)!
        let text = word()
        try edit(templates + "/" + file) { $0.hasSuffix("\n") ? $0 + "<!-- \(text) -->\n" : $0 + "<!-- \(text) -->" }
        return "\(file) + \(text)"
    }

    private func editAsset() throws -> String {
        let file = files(in: templates + "/assets", matching: #"\.(css|js)$"#).randomElement(using: &random)!
        let text = word()
        try edit(templates + "/assets/" + file) { $0 + "\n/* \(text) */\n" }
        return "assets/\(file) + \(text)"
    }

    private func addEntry() throws -> String {
        let taken = Set(codes)
        guard let code = (200...559).map(String.init).filter({ !taken.contains($0) && $0.dropFirst().first! <= "5" })
            .randomElement(using: &random) else { return "no free code" }
        let model = codes.randomElement(using: &random)!
        let template = try Fixture.read(mail + "/\(model).md")
        try Fixture.write(template.replacingOccurrences(of: model, with: code)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("related:") }.joined(separator: "\n"), to: mail + "/\(code).md")
        return "entry \(code) added"
    }

    private func removeEntry() throws -> String {
        guard codes.count > 2, let code = codes.randomElement(using: &random) else { return "too few entries" }
        for file in Fixture.files(in: mail) where file.hasPrefix(code + ".") || (file.contains("-vs-") && file.contains(code)) {
            try FileManager.default.removeItem(atPath: mail + "/" + file)
        }
        for other in codes {
            try edit(mail + "/\(other).md") { text in
                text.components(separatedBy: "\n").map { line in
                    guard line.hasPrefix("related:") else { return line }
                    let kept = line.dropFirst("related: [".count).dropLast().split(separator: ",")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0 != "\"\(code)\"" }
                    return "related: [\(kept.joined(separator: ", "))]"
                }.joined(separator: "\n")
            }
        }
        return "entry \(code) removed"
    }

    private func addLanguage() throws -> String {
        let site = content + "/site.yml"
        guard !(try Fixture.read(site)).contains("code: pt") else { return "pt already there" }
        try edit(site) { $0.hasSuffix("\n") ? $0 + "  - {code: pt, untranslated: fallback}\n" : $0 + "\n  - {code: pt, untranslated: fallback}\n" }
        try Fixture.write(try Fixture.read(content + "/i18n/es.yml").replacingOccurrences(of: "name: Español", with: "name: Português"),
                          to: content + "/i18n/pt.yml")
        return "language pt added"
    }

    private func removeLanguage() throws -> String {
        let site = content + "/site.yml"
        let declared = try Fixture.read(site)
        guard let language = ["pt", "ar", "es"].first(where: { declared.contains("code: \($0)") }) else { return "only en left" }
        try edit(site) { $0.components(separatedBy: "\n").filter { !$0.contains("code: \(language)") }.joined(separator: "\n") }
        try? FileManager.default.removeItem(atPath: content + "/i18n/\(language).yml")
        for file in Fixture.files(in: mail) where file.hasSuffix(".\(language).md") || file.hasSuffix(".\(language).yml") {
            try FileManager.default.removeItem(atPath: mail + "/" + file)
        }
        return "language \(language) removed"
    }
}
