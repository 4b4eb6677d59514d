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
<html lang="{{ .Site.Language.Lang }}">
<head><meta charset="utf-8"><title>{{ .Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}"></head>
<body>
<nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a> › <a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<main>
{{ $family := index .Site.Data.entries .Site.Language.Lang .Params.family }}
{{ if .Params.b }}
  {{ $a := index $family (printf "c%v" .Params.a) }}{{ $b := index $family (printf "c%v" .Params.b) }}
  <h1>{{ .Params.family }} {{ .Params.a }} {{ $a.title }} vs {{ .Params.b }} {{ $b.title }}</h1>
  <p>{{ .Params.a }} ({{ $a.title }}) is a class {{ substr (string .Params.a) 0 1 }}xx reply, while {{ .Params.b }} ({{ $b.title }}) is a class {{ substr (string .Params.b) 0 1 }}xx reply.</p>
  <p>{{ .Params.a }}: “{{ $a.summary }}” In contrast, {{ .Params.b }}: “{{ $b.summary }}”</p>
  {{ range slice $a $b }}
  <section><h2>{{ .code }} {{ .title }}</h2>
    <h3>{{ index .headings 0 }}</h3>{{ .description | markdownify }}
    <h3>{{ index .headings 1 }}</h3>{{ .when | markdownify }}
    <h3>{{ index .headings 2 }}</h3>{{ .fix | markdownify }}
  </section>
  {{ end }}
  <h2>Key differences</h2><ol><li>{{ $a.summary }}</li><li>{{ $b.summary }}</li></ol>
  <h2>Learn more</h2><ul><li><a href="../{{ .Params.a }}/">{{ .Params.a }}</a></li><li><a href="../{{ .Params.b }}/">{{ .Params.b }}</a></li></ul>
{{ else }}
  {{ $e := index $family (printf "c%v" .Params.code) }}
  <h1>{{ .Params.family }} {{ .Params.code }} {{ $e.title }}</h1><p>{{ $e.summary }}</p>
  <h2>{{ index $e.headings 0 }}</h2>{{ $e.description | markdownify }}
  <h2>{{ index $e.headings 1 }}</h2>{{ $e.when | markdownify }}
  <h2>{{ index $e.headings 2 }}</h2>{{ $e.fix | markdownify }}
  <h2>Compare</h2><ul>{{ range $family }}<li><a href="../{{ .code }}/">{{ .code }} {{ .title }}</a></li>{{ end }}</ul>
{{ end }}
</main></body></html>
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
        codes = sorted((f[:-3] for f in os.listdir(folder) if f.endswith(".md") and f.count(".") == 1), key=lambda c: (len(c), c))
        for language in languages:
            entries = {}
            for code in codes:
                meta, sections = read_entry(os.path.join(folder, f"{code}.md"))
                translated = os.path.join(folder, f"{code}.{language}.md")
                if language != languages[0] and os.path.exists(translated):
                    meta, sections = read_entry(translated)
                entries["c" + code] = {"code": code, "title": meta["title"], "summary": meta["summary"], "description": sections[0],
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
