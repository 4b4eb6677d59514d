import Foundation

/// JSON-LD for code and comparison pages, safe inside `<script type="application/ld+json">`.
enum StructuredData {
    static func techArticle(headline: String, description: String, language: String, url: String?, site: String) -> [String: Any] {
        var article: [String: Any] = [
            "@type": "TechArticle", "headline": headline, "description": description, "inLanguage": language,
            "isPartOf": ["@type": "WebSite", "name": site],
        ]
        if let url { article["url"] = url; article["mainEntityOfPage"] = url }
        return article
    }

    static func faqPage(_ questions: [(question: String, answer: String)], language: String) -> [String: Any] {
        [
            "@type": "FAQPage", "inLanguage": language,
            "mainEntity": questions.map { item -> [String: Any] in
                ["@type": "Question", "name": item.question, "acceptedAnswer": ["@type": "Answer", "text": item.answer]]
            },
        ]
    }

    /// One JSON document; `<`, `>` and `&` are written as \u escapes so no text can close the script element.
    static func script(_ items: [[String: Any]]) -> String {
        let document: [String: Any] = items.count == 1
            ? items[0].merging(["@context": "https://schema.org"]) { $1 }
            : ["@context": "https://schema.org", "@graph": items]
        let data = try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
