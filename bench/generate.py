#!/usr/bin/env python3
"""Writes a synthetic Versus catalog: FAMILIES families x CODES codes x the given languages, with realistic
section lengths and some Markdown in them. Deterministic for the same arguments."""
import argparse
import os
import random
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("server client reply command message mailbox relay queue session header address domain policy timeout "
         "transfer connection account password retry delivery storage quota gateway proxy request response status "
         "transaction channel certificate handshake recipient sender syntax argument parameter sequence").split()
HEADINGS = {
    "en": ("Description", "When you'll see it", "How to fix"),
    "es": ("Descripción", "Cuándo lo verás", "Cómo solucionarlo"),
    "pt": ("Descrição", "Quando aparece", "Como resolver"),
    "ar": ("الوصف", "متى ستصادفه", "كيفية المعالجة"),
}


def sentence(rng, markdown=True):
    words = [rng.choice(WORDS) for _ in range(rng.randint(9, 18))]
    if not markdown:
        return " ".join(words).capitalize() + "."
    if rng.random() < 0.3:
        words[rng.randrange(len(words))] = "`" + rng.choice(WORDS).upper() + "`"
    if rng.random() < 0.2:
        words[rng.randrange(len(words))] = "**" + rng.choice(WORDS) + "**"
    return " ".join(words).capitalize() + "."


def paragraph(rng, count):
    return " ".join(sentence(rng) for _ in range(count))


def section(rng, index):
    text = paragraph(rng, rng.randint(2, 4))
    if index == 2 and rng.random() < 0.5:
        text += "\n\n" + "\n".join("- " + sentence(rng) for _ in range(3))
    return text


# Every code answers one of the four methods, so every code and comparison page draws the exchange.
EXCHANGE = "exchange:\n  steps:\n" + "".join(
    f"    - {{key: {key}, from: {side}, label: {label}, commands: [{commands}]}}\n"
    for key, side, label, commands in [("open", "server", "connection greeting", "connection"), ("get", "client", "GET", "GET"),
                                       ("post", "client", "POST", "POST"), ("put", "client", "PUT", "PUT"),
                                       ("delete", "client", "DELETE", "DELETE"), ("close", "client", "QUIT", "QUIT")])


def code_for(index):
    return str(100 * (1 + index % 5) + index // 5)


def write_family(folder, family, codes, languages, seed):
    os.makedirs(folder, exist_ok=True)
    classes = "\n".join(
        f'  - {{key: "{k}", label: {k}xx Class {k}, meaning: Replies of class {k}., outcome: {o}}}'
        for k, o in zip("12345", ["informational", "success", "redirection", "client-error", "server-error"]))
    categories = "\n".join(f'  - {{key: "{k}", label: group {k}, meaning: Replies in group {k}.}}' for k in "0123456789")
    with open(os.path.join(folder, "_family.yml"), "w") as out:
        out.write(f"id: {family}\nname: {family.upper()}\ntitle: Synthetic family {family}\n"
                  f"description: A generated family for benchmarks.\nspec: {{rfc: 9110, section: \"15\"}}\n"
                  f"code_pattern: '^[1-5][0-9][0-9]$'\nclasses:\n{classes}\ncategories:\n{categories}\n{EXCHANGE}")
    for index in range(codes):
        code = code_for(index)
        rng = random.Random(f"{seed}-{family}-{code}")
        related = [code_for(rng.randrange(codes)) for _ in range(2)]
        related = sorted(set(r for r in related if r != code))
        for language in languages:
            rng = random.Random(f"{seed}-{family}-{code}-{language}")
            heads = HEADINGS[language]
            front = (f'---\ncode: "{code}"\ntitle: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {code}\n'
                     f'name: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)}\nsummary: {sentence(rng, markdown=False)}\n'
                     f'use_when: {sentence(rng, markdown=False)}\n')
            if language == languages[0]:
                front += (f'spec:\n  - {{rfc: 9110, section: "15.{index % 7}"}}\n'
                          f'commands: [{rng.choice(["GET", "POST", "PUT", "DELETE"])}]\n'
                          f'related: [{", ".join(chr(34) + r + chr(34) for r in related)}]\n')
            body = "".join(f"\n## {heads[i]}\n\n{section(rng, i)}\n" for i in range(3))
            name = f"{code}.md" if language == languages[0] else f"{code}.{language}.md"
            with open(os.path.join(folder, name), "w") as out:
                out.write(front + "---\n" + body)
        # One pair note for every tenth code, as catalogs note the pairs people confuse.
        if index % 10 == 5:
            other = code_for(index - 5)
            for language in languages:
                rng = random.Random(f"{seed}-{family}-{other}-{code}-{language}")
                name = f"{other}-vs-{code}.md" if language == languages[0] else f"{other}-vs-{code}.{language}.md"
                with open(os.path.join(folder, name), "w") as out:
                    out.write(f"---\nsummary: {sentence(rng, markdown=False)}\n---\n\n{paragraph(rng, 3)}\n\n{paragraph(rng, 2)}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output")
    parser.add_argument("--families", type=int, default=2)
    parser.add_argument("--codes", type=int, default=225)
    parser.add_argument("--languages", default="en,es")
    parser.add_argument("--seed", default="versus")
    args = parser.parse_args()
    languages = args.languages.split(",")
    assert args.codes <= 500, "three-digit codes 100-599 allow at most 500 per family"
    shutil.rmtree(args.output, ignore_errors=True)
    os.makedirs(os.path.join(args.output, "i18n"))
    for language in languages:
        shutil.copy(os.path.join(ROOT, "content", "i18n", f"{language}.yml"), os.path.join(args.output, "i18n"))
    with open(os.path.join(args.output, "site.yml"), "w") as out:
        out.write("title: Synthetic catalog\nlanguages:\n" + "".join(f"  - {{code: {l}}}\n" for l in languages))
    for number in range(1, args.families + 1):
        write_family(os.path.join(args.output, f"f{number}"), f"f{number}", args.codes, languages, args.seed)


if __name__ == "__main__":
    main()
