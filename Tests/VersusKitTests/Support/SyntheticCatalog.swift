import Foundation

/// Writes a generated catalog of `codes` SMTP-like entries, built from the basic fixture's strings.
enum SyntheticCatalog {
    static func write(to content: String, codes: Int) throws {
        let basic = Fixture.path("basic") + "/content"
        try FileManager.default.createDirectory(atPath: content + "/i18n", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: basic + "/i18n/en.yml", toPath: content + "/i18n/en.yml")
        try FileManager.default.copyItem(atPath: basic + "/site.yml", toPath: content + "/site.yml")
        try FileManager.default.createDirectory(atPath: content + "/mail", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: basic + "/mail/_family.yml", toPath: content + "/mail/_family.yml")
        for index in 0..<codes {
            let code = String(200 + (index % 4) * 100 + index / 4)
            let text = """
                ---
                code: "\(code)"
                title: Synthetic reply \(code)
                summary: A generated entry number \(index).
                spec:
                  - {rfc: 5321, section: "4.2.\(index % 5)"}
                commands: [\(["MAIL", "RCPT", "DATA", "AUTH"][index % 4])]
                ---

                ## Description

                Entry \(code) exists to exercise the build with **Markdown** and `code`.

                ## When you'll see it

                | step | reply |
                |------|-------|
                | \(index) | \(code) |

                ## How to fix

                - check one thing
                - then another for \(code)

                """
            try Fixture.write(text, to: "\(content)/mail/\(code).md")
        }
    }
}
