#!/usr/bin/env python3
"""Expands a Versus catalog into a Hugo site the way a Hugo user would build the same canonical pages:
entry data in data/, a stub content file per code page and per comparison page (no reversed-pair redirects),
and templates that markdownify the sections. Used by the benchmark to time Hugo on the same work."""
import argparse
import json
import os
import re
import shutil

import yaml

HEADINGS = {"en": ("Description", "When you'll see it", "How to fix"), "es": ("Descripción", "Cuándo lo verás", "Cómo solucionarlo"),
            "pt": ("Descrição", "Quando aparece", "Como resolver"), "ar": ("الوصف", "متى ستراه", "كيفية الإصلاح")}

SINGLE = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}" dir="ltr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }}</title>
{{ $family := index .Site.Data.entries .Site.Language.Lang .Params.family }}
{{ $a := index $family (printf "c%v" (.Params.a | default .Params.code)) }}
<meta name="description" content="{{ $a.summary }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">{{ end }}
<meta property="og:title" content="{{ .Title }}"><meta property="og:type" content="article"><meta property="og:url" content="{{ .Permalink }}">
<script type="application/ld+json">{{ dict "@context" "https://schema.org" "@type" "TechArticle" "headline" .Title "description" $a.summary "inLanguage" .Site.Language.Lang | jsonify | safeJS }}</script>
<link rel="stylesheet" href="{{ "style.css" | relURL }}"><script src="{{ "search.js" | relURL }}" defer></script></head>
<body>
<header><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<form action="{{ "search/" | relLangURL }}"><input name="q" aria-label="Search"></form>
<nav><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName | default .Language.Lang }}</a></li>{{ end }}</ul></nav></header>
<nav><ol><li><a href="{{ .Site.Home.RelPermalink }}">Home</a></li><li><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></li><li>{{ .Title }}</li></ol></nav>
<main>
{{ if .Params.b }}
  {{ $b := index $family (printf "c%v" .Params.b) }}
  <h1>{{ .Params.family }} {{ .Params.a }} {{ $a.title }} vs {{ .Params.b }} {{ $b.title }}</h1>
  {{ $ca := substr (string .Params.a) 0 1 }}{{ $cb := substr (string .Params.b) 0 1 }}
  {{ if eq $ca $cb }}<p>{{ .Params.a }} ({{ $a.title }}) and {{ .Params.b }} ({{ $b.title }}) both belong to class {{ $ca }}xx.</p>
  {{ else }}<p>{{ .Params.a }} ({{ $a.title }}) belongs to class {{ $ca }}xx, while {{ .Params.b }} ({{ $b.title }}) belongs to class {{ $cb }}xx.</p>{{ end }}
  <p>{{ .Params.a }} says: “{{ $a.summary }}” In contrast, {{ .Params.b }} says: “{{ $b.summary }}”</p>
  <nav><h2>On this page</h2><ol><li><a href="#a">{{ .Params.a }}</a></li><li><a href="#b">{{ .Params.b }}</a></li><li><a href="#key-differences">Key differences</a></li></ol></nav>
  {{ range $i, $e := slice $a $b }}
  <section id="{{ $e.code }}-heading"><h2><a href="../{{ $e.code }}/">{{ $e.code }} {{ $e.title }}</a></h2>
    <h3 id="{{ $e.code }}-description">{{ index $e.headings 0 }}</h3>{{ $e.description | markdownify }}
    <h3 id="{{ $e.code }}-when">{{ index $e.headings 1 }}</h3>{{ $e.when | markdownify }}
    <h3 id="{{ $e.code }}-fix">{{ index $e.headings 2 }}</h3>{{ $e.fix | markdownify }}
  </section>
  {{ end }}
  <h2 id="key-differences">Key differences</h2><ol>
  <li>{{ .Params.a }} is in class {{ $ca }}xx; {{ .Params.b }} is in class {{ $cb }}xx.</li>
  <li>{{ .Params.a }} ({{ $a.title }}): {{ $a.summary }}</li><li>{{ .Params.b }} ({{ $b.title }}): {{ $b.summary }}</li>
  <li>{{ .Params.a }} is sent in reply to {{ delimit $a.commands ", " " and " }}, whereas {{ .Params.b }} is sent in reply to {{ delimit $b.commands ", " " and " }}.</li>
  <li>{{ .Params.a }} is defined in {{ delimit $a.spec ", " }}; {{ .Params.b }} is defined in {{ delimit $b.spec ", " }}.</li></ol>
  <h2>When to use each</h2><ul><li>{{ .Params.a }} ({{ $a.title }}): {{ $a.summary }}</li><li>{{ .Params.b }} ({{ $b.title }}): {{ $b.summary }}</li></ul>
  <h2>Learn more</h2><ul><li><a href="../{{ .Params.a }}/">{{ .Params.a }} {{ $a.title }}</a></li><li><a href="../{{ .Params.b }}/">{{ .Params.b }} {{ $b.title }}</a></li>
  <li><a href="{{ .Parent.RelPermalink }}">All {{ .Params.family }} codes</a></li>{{ range $a.spec }}<li><a href="https://www.rfc-editor.org/rfc/">{{ . }}</a></li>{{ end }}</ul>
{{ else }}
  {{ $code := .Params.code }}
  <h1>{{ .Params.family }} {{ $code }} {{ $a.title }}</h1><p>{{ $a.summary }}</p>
  <dl><dt>Class</dt><dd>{{ substr $code 0 1 }}xx</dd><dt>Sent in reply to</dt><dd>{{ delimit $a.commands ", " " and " }}</dd><dt>Defined in</dt><dd>{{ delimit $a.spec ", " }}</dd></dl>
  <h2 id="description">{{ index $a.headings 0 }}</h2>{{ $a.description | markdownify }}
  <h2 id="when">{{ index $a.headings 1 }}</h2>{{ $a.when | markdownify }}
  <h2 id="fix">{{ index $a.headings 2 }}</h2>{{ $a.fix | markdownify }}
  <h2 id="compare">Compare {{ $code }} with another {{ .Params.family }} code</h2><ul>
  {{ range $family }}{{ if ne .code $code }}<li><a href="../{{ if lt $code .code }}{{ $code }}-vs-{{ .code }}{{ else }}{{ .code }}-vs-{{ $code }}{{ end }}/">{{ .code }} {{ .title }}</a></li>{{ end }}{{ end }}</ul>
  <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
{{ end }}
</main><footer>Built with Hugo.</footer></body></html>
"""

LIST = """<!DOCTYPE html>
<html lang="{{ .Site.Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ if ne .Kind "home" }}{{ $family := index .Site.Data.entries .Site.Language.Lang .Params.family }}
<ul>{{ range $family }}<li><a href="{{ .code }}/">{{ .code }} {{ .title }}</a> {{ .summary }}</li>{{ end }}</ul>{{ end }}
</main></body></html>
"""


def read_entry(path):
    text = open(path, encoding="utf-8").read()
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    parts = re.split(r"^## .*$", body, flags=re.M)[1:]
    return meta, [p.strip() for p in parts]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("content")
    parser.add_argument("output")
    args = parser.parse_args()
    site = yaml.safe_load(open(os.path.join(args.content, "site.yml")))
    languages = [l["code"] for l in site["languages"]]
    shutil.rmtree(args.output, ignore_errors=True)
    os.makedirs(os.path.join(args.output, "layouts", "_default"))
    open(os.path.join(args.output, "layouts", "_default", "single.html"), "w").write(SINGLE)
    open(os.path.join(args.output, "layouts", "_default", "list.html"), "w").write(LIST)
    os.makedirs(os.path.join(args.output, "static"))
    open(os.path.join(args.output, "static", "style.css"), "w").write("body { font-family: sans-serif; }\n")
    config = ['baseURL = "https://example.org/"', f'title = "{site["title"]}"', f'defaultContentLanguage = "{languages[0]}"',
              "defaultContentLanguageInSubdir = true",
              'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]', "[languages]"]
    for weight, language in enumerate(languages, 1):
        config += [f"  [languages.{language}]", f'    contentDir = "content/{language}"', f"    weight = {weight}"]
    open(os.path.join(args.output, "config.toml"), "w").write("\n".join(config) + "\n")
    pages = 0
    for family in sorted(os.listdir(args.content)):
        folder = os.path.join(args.content, family)
        if not os.path.isfile(os.path.join(folder, "_family.yml")):
            continue
        codes = sorted((f[:-3] for f in os.listdir(folder) if f.endswith(".md") and f.count(".") == 1 and "-vs-" not in f),
                       key=lambda c: (len(c), c))
        for language in languages:
            entries = {}
            for code in codes:
                meta, sections = read_entry(os.path.join(folder, f"{code}.md"))
                translated = os.path.join(folder, f"{code}.{language}.md")
                if language != languages[0] and os.path.exists(translated):
                    translated_meta, translated_sections = read_entry(translated)
                    # A translation may hold only its front matter; its sections are then the default language's.
                    meta, sections = translated_meta, translated_sections if len(translated_sections) >= 3 else sections
                facts, _ = read_entry(os.path.join(folder, f"{code}.md"))
                entries["c" + code] = {"code": code, "title": meta["title"], "summary": meta["summary"], "description": sections[0],
                                       "commands": facts.get("commands") or ["any command"],
                                       "spec": [f"RFC {s['rfc']} (section {s.get('section', '')})" for s in facts.get("spec", [])],
                                       "when": sections[1], "fix": sections[2], "headings": list(HEADINGS.get(language, HEADINGS["en"]))}
            data = os.path.join(args.output, "data", "entries", language)
            os.makedirs(data, exist_ok=True)
            json.dump(entries, open(os.path.join(data, f"{family}.json"), "w"), ensure_ascii=False)
            target = os.path.join(args.output, "content", language, family)
            os.makedirs(target, exist_ok=True)
            open(os.path.join(target, "_index.md"), "w").write(f'---\ntitle: "{family}"\nfamily: "{family}"\n---\n')
            for code in codes:
                open(os.path.join(target, f"{code}.md"), "w").write(f'---\ntitle: "{family} {code}"\nfamily: "{family}"\ncode: "{code}"\n---\n')
                pages += 1
            for i, a in enumerate(codes):
                for b in codes[i + 1:]:
                    open(os.path.join(target, f"{a}-vs-{b}.md"), "w").write(
                        f'---\ntitle: "{family} {a} vs {b}"\nfamily: "{family}"\na: "{a}"\nb: "{b}"\n---\n')
                    pages += 1
    print(pages)


if __name__ == "__main__":
    main()
