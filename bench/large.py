#!/usr/bin/env python3
"""The large benchmark (`make bench-large`, not part of `make test` or CI): a synthetic catalog of about one million
output files (2 families x 350 codes in four languages: about 490,000 canonical pages and as many reversed-pair
redirect pages), built once from scratch, then rebuilt with nothing changed and after a one-entry edit, against
`cp -r` of its own output measured in the same run. Checks peak RSS at most 256 MiB and the full build within 1.1x
of the copy. At most two outputs exist at a time (about 10 GB each), and they are deleted outside the timings."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

from run import BENCH, ROOT, canonical_pages, folder_bytes, timed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=2)
    parser.add_argument("--codes", type=int, default=350)
    parser.add_argument("--languages", default="en,es,pt,ar")
    parser.add_argument("--versus", default=os.path.join(ROOT, ".build", "release", "versus"))
    parser.add_argument("--json", default=os.path.join(BENCH, "results-large.json"))
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="versus-bench-large-", dir=os.environ.get("VERSUS_BENCH_DIR"))
    rows = []

    def row(label, seconds, rss, pages, written=None):
        entry = {"case": label, "pages": pages, "seconds": round(seconds, 3), "peak_rss_mib": round(rss, 1) if rss is not None else None,
                 "bytes_written": written}
        rows.append(entry)
        print(f"  {label}: {seconds:.2f} s" + (f", {rss:.0f} MiB" if rss is not None else ""), flush=True)
        return entry

    try:
        content = os.path.join(scratch, "content")
        subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), content, "--families", str(args.families),
                        "--codes", str(args.codes), "--languages", args.languages], check=True)
        pages = canonical_pages(content)
        print(f"large: {pages} canonical pages", flush=True)
        output = os.path.join(scratch, "site")
        build = [args.versus, "build", "--quiet", "--content", content, "--templates", os.path.join(ROOT, "templates"), "--output", output]
        seconds, rss, _ = timed(build)
        files = int(subprocess.run(["find", output, "-type", "f", "-printf", "."], capture_output=True, text=True, check=True).stdout.count("."))
        full = row(f"large: Versus full build ({files} files)", seconds, rss, pages, folder_bytes(output))
        seconds, rss, _ = timed(build)
        noop = row("large: Versus no-op rebuild", seconds, rss, pages)
        family = sorted(f for f in os.listdir(content) if os.path.isfile(os.path.join(content, f, "_family.yml")))[0]
        entry = os.path.join(content, family, sorted(f for f in os.listdir(os.path.join(content, family)) if f.count(".") == 1 and "-vs-" not in f)[1])
        text = open(entry, encoding="utf-8").read()
        open(entry, "w", encoding="utf-8").write(text.replace("## How to fix\n", "## How to fix\n\nEdited for the benchmark.\n", 1))
        seconds, rss, _ = timed(build)
        edit = row("large: Versus rebuild after editing one entry", seconds, rss, pages)
        copy = os.path.join(scratch, "copy")
        seconds, rss, _ = timed(["cp", "-r", output, copy])
        cp = row("large: cp -r of the output (floor)", seconds, None, pages)
        shutil.rmtree(copy, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    ratio = full["seconds"] / cp["seconds"]
    print(f"\n{'case':<52} {'pages':>8} {'seconds':>8} {'RSS MiB':>8} {'bytes':>13}")
    for entry in rows:
        rss = f"{entry['peak_rss_mib']:.0f}" if entry["peak_rss_mib"] is not None else ""
        print(f"{entry['case']:<52} {entry['pages']:>8} {entry['seconds']:>8.2f} {rss:>8} {entry['bytes_written'] or '':>13}")
    print(f"\nfull build / cp -r: {ratio:.2f}")
    checks = [
        ("large full build within 1.1x of cp -r of its output", ratio <= 1.1),
        ("large peak RSS at most 256 MiB", all(e["peak_rss_mib"] <= 256 for e in (full, noop, edit))),
    ]
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {label}")
    json.dump({"results": rows, "ratio_versus_copy": round(ratio, 3), "targets": {label: ok for label, ok in checks},
               "machine": {"cpus": os.cpu_count()}}, open(args.json, "w"), indent=2)
    print(f"\nSaved {os.path.relpath(args.json, ROOT)}")


if __name__ == "__main__":
    main()
