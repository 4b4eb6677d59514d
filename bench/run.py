#!/usr/bin/env python3
"""The Versus benchmark: full, no-op and one-edit builds of the shipped site and of a synthetic ~100,000-page
catalog, against the cost of copying the output (cp -r, the floor) and of merely creating its files empty, and
against Hugo building the same canonical pages. Each measurement runs several times and reports the median;
every build goes into a brand-new folder, and all folders are deleted only at the end: ext4 creates files slowly for minutes after many were deleted,
which would penalise whichever tool runs next. Prints a table and saves it as JSON."""
import argparse
import http.client
import json
import os
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.dirname(os.path.abspath(__file__))


def timed(command, cwd=None):
    """(seconds, peak RSS in MiB, stdout) of one run, measured by /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, cwd=cwd, capture_output=True, text=True)
        seconds = time.monotonic() - start
        if result.returncode != 0:
            sys.exit(f"failed: {' '.join(command)}\n{result.stdout}\n{result.stderr}")
        rss = int(report.read().strip().splitlines()[-1]) / 1024
    return seconds, rss, result.stdout


def folder_bytes(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True, check=True).stdout.split()[0])


class Bench:
    def __init__(self, runs, scratch):
        self.runs = runs
        self.scratch = scratch
        self.counter = 0
        self.trash = []
        self.rows = []

    def fresh(self, name):
        self.counter += 1
        return os.path.join(self.scratch, f"{name}-{self.counter}")

    def measure(self, label, make_command, pages, output_for_bytes=None):
        samples = []
        for _ in range(self.runs):
            command, output = make_command()
            samples.append(timed(command))
            if output:
                self.trash.append(output)
        seconds = statistics.median(s[0] for s in samples)
        rss = max(s[1] for s in samples)
        row = {"case": label, "pages": pages, "seconds": round(seconds, 3), "pages_per_second": round(pages / seconds),
               "peak_rss_mib": round(rss, 1), "bytes_written": folder_bytes(output_for_bytes) if output_for_bytes else None,
               "samples": [round(s[0], 3) for s in samples]}
        self.rows.append(row)
        print(f"  {label}: {seconds:.2f} s (samples {row['samples']}), {rss:.0f} MiB", flush=True)
        return row

    def versus_suite(self, name, content, versus, canonical):
        build = lambda output: [versus, "build", "--quiet", "--content", content, "--templates", os.path.join(ROOT, "templates"), "--output", output]
        outputs = []

        def full():
            output = self.fresh(f"{name}-versus")
            outputs.append(output)
            return build(output), None
        result = {"full": self.measure(f"{name}: Versus full build", full, canonical)}
        kept = outputs[-1]
        self.trash += outputs[:-1]
        result["full"]["bytes_written"] = folder_bytes(kept)
        def parts():
            # Two parts side by side, as two machines of a sharded build would run them (`build --shard K/2`).
            output = self.fresh(f"{name}-parts")
            commands = [" ".join(shlex.quote(a) for a in build(os.path.join(output, f"part{k}")) + ["--shard", f"{k}/2"]) for k in (1, 2)]
            return ["sh", "-c", f"{commands[0]} & first=$!; {commands[1]} && wait $first"], output
        result["parts"] = self.measure(f"{name}: Versus full build as 2 parts side by side", parts, canonical)
        result["noop"] = self.measure(f"{name}: Versus no-op rebuild", lambda: (build(kept), None), canonical)
        before = {f: os.stat(os.path.join(kept, f)).st_mtime_ns for f in ("index.html",)}
        assert before == {f: os.stat(os.path.join(kept, f)).st_mtime_ns for f in before}, "a no-op rebuild wrote a file"

        entry = sorted(f for f in os.listdir(os.path.join(content, name_family(content))) if re.fullmatch(r"[^.]+\.md", f))[1]
        entry_path = os.path.join(content, name_family(content), entry)
        original = open(entry_path, encoding="utf-8").read()
        edits = iter(range(1000))

        def edit():
            text = original.replace("## How to fix\n", f"## How to fix\n\nEdited for the benchmark, round {next(edits)}.\n", 1)
            open(entry_path, "w", encoding="utf-8").write(text)
            return build(kept), None
        try:
            result["edit"] = self.measure(f"{name}: Versus rebuild after editing one entry", edit, canonical)
        finally:
            open(entry_path, "w", encoding="utf-8").write(original)
            timed(build(kept))

        result["serve"] = self.serve_latency(name, versus, content, entry_path, original, canonical)

        def copy():
            target = self.fresh(f"{name}-copy")
            return ["cp", "-r", kept, target], target
        result["copy"] = self.measure(f"{name}: cp -r of the output (floor)", copy, canonical)

        # Creating the same files with no bytes in them: what any tool pays for this many files on this disk.
        def create():
            target = self.fresh(f"{name}-create")
            return ["cp", "-r", "--attributes-only", kept, target], target
        result["create"] = self.measure(f"{name}: creating the same files, empty", create, canonical)
        self.trash.append(kept)
        return result

    def serve_latency(self, name, versus, content, entry_path, original, pages, edits=5):
        """Seconds from writing an edited entry to `versus serve` serving the page with the edit: the median of
        `edits` edits, each polled over HTTP every 5 ms."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        code = os.path.basename(entry_path)[:-3]
        path = f"/{site_languages(content)[0]}/{os.path.basename(os.path.dirname(entry_path))}/{code}.html"
        server = subprocess.Popen([versus, "serve", "--port", str(port), "--content", content, "--templates", os.path.join(ROOT, "templates")],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def page():
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", path)
            return connection.getresponse().read().decode("utf-8", "replace")
        samples = []
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    page()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        sys.exit(f"versus serve did not answer on port {port}")
                    time.sleep(0.1)
            for attempt in range(edits):
                marker = f"Edited under serve, round {attempt}."
                start = time.monotonic()
                open(entry_path, "w", encoding="utf-8").write(original.replace("## How to fix\n", f"## How to fix\n\n{marker}\n", 1))
                while marker not in page():
                    time.sleep(0.005)
                samples.append(time.monotonic() - start)
                time.sleep(0.5)
        finally:
            open(entry_path, "w", encoding="utf-8").write(original)
            server.terminate()
            server.wait(timeout=30)
        seconds = statistics.median(samples)
        row = {"case": f"{name}: serve, one-entry edit to the new page served", "pages": pages, "seconds": round(seconds, 3),
               "pages_per_second": None, "peak_rss_mib": None, "bytes_written": None, "samples": [round(s, 3) for s in samples]}
        self.rows.append(row)
        print(f"  {row['case']}: {seconds:.3f} s (samples {row['samples']})", flush=True)
        return row

    def hugo(self, name, content, canonical):
        site = os.path.join(self.scratch, f"{name}-hugo-site")
        subprocess.run([sys.executable, os.path.join(BENCH, "hugo_site.py"), content, site], check=True, capture_output=True)

        def build():
            output = self.fresh(f"{name}-hugo-out")
            return ["hugo", "--quiet", "--source", site, "--destination", output], output
        return self.measure(f"{name}: Hugo full build", build, canonical)

    def clean(self):
        for folder in self.trash:
            shutil.rmtree(folder, ignore_errors=True)
        self.trash = []


def name_family(content):
    return sorted(f for f in os.listdir(content) if os.path.isfile(os.path.join(content, f, "_family.yml")))[0]


def site_languages(content):
    import yaml
    return [l["code"] for l in yaml.safe_load(open(os.path.join(content, "site.yml")))["languages"]]


def canonical_pages(content):
    """Canonical HTML pages Versus writes for a catalog: root, and per language home, search page,
    family pages, code pages and pair pages (not the reversed-pair redirects)."""
    import yaml
    site = yaml.safe_load(open(os.path.join(content, "site.yml")))
    languages = [l["code"] for l in site["languages"]]
    omit = {l["code"] for l in site["languages"] if l.get("untranslated") == "omit"}
    total = 1
    for language in languages:
        total += 2
        for family in os.listdir(content):
            folder = os.path.join(content, family)
            if not os.path.isfile(os.path.join(folder, "_family.yml")):
                continue
            codes = [f[:-3] for f in os.listdir(folder) if f.endswith(".md") and "-vs-" not in f
                     and not re.search(r"\.[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$", f)]
            if language in omit:
                codes = [c for c in codes if os.path.exists(os.path.join(folder, f"{c}.{language}.md"))]
            total += 1 + len(codes) + len(codes) * (len(codes) - 1) // 2
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--families", type=int, default=2)
    parser.add_argument("--codes", type=int, default=225)
    parser.add_argument("--languages", default="en,es")
    parser.add_argument("--versus", default=os.path.join(ROOT, ".build", "release", "versus"))
    parser.add_argument("--json", default=os.path.join(BENCH, "results.json"))
    parser.add_argument("--skip-hugo", action="store_true")
    args = parser.parse_args()

    scratch = tempfile.mkdtemp(prefix="versus-bench-", dir=os.environ.get("VERSUS_BENCH_DIR"))
    bench = Bench(args.runs, scratch)
    try:
        shipped = os.path.join(scratch, "shipped-content")
        shutil.copytree(os.path.join(ROOT, "content"), shipped)
        synthetic = os.path.join(scratch, "synthetic-content")
        subprocess.run([sys.executable, os.path.join(BENCH, "generate.py"), synthetic, "--families", str(args.families),
                        "--codes", str(args.codes), "--languages", args.languages], check=True)
        results = {}
        for name, content in [("shipped", shipped), ("synthetic", synthetic)]:
            pages = canonical_pages(content)
            print(f"{name}: {pages} canonical pages", flush=True)
            results[name] = bench.versus_suite(name, content, args.versus, pages)
            if not args.skip_hugo:
                results[name]["hugo"] = bench.hugo(name, content, pages)
    finally:
        bench.clean()
        shutil.rmtree(scratch, ignore_errors=True)

    print()
    print(f"{'case':<52} {'pages':>8} {'seconds':>8} {'pages/s':>9} {'RSS MiB':>8} {'bytes':>13} {'vs Hugo':>8} {'vs copy':>8}")
    for name, suite in results.items():
        for key, row in suite.items():
            hugo = suite.get("hugo")
            versus_full = suite["full"]["seconds"]
            row["ratio_versus_hugo"] = round(versus_full / hugo["seconds"], 3) if hugo and key == "full" else None
            row["ratio_versus_copy"] = round(versus_full / suite["copy"]["seconds"], 3) if key == "full" else None
            ratio_hugo = f"{hugo['seconds'] / versus_full:.1f}x" if hugo and key == "full" else ""
            ratio_copy = f"{row['ratio_versus_copy']:.2f}" if key == "full" else ""
            rate = row["pages_per_second"] if row["pages_per_second"] is not None else ""
            rss = f"{row['peak_rss_mib']:.0f}" if row["peak_rss_mib"] is not None else ""
            print(f"{row['case']:<52} {row['pages']:>8} {row['seconds']:>8.2f} {rate:>9} {rss:>8} "
                  f"{row['bytes_written'] or '':>13} {ratio_hugo:>8} {ratio_copy:>8}")
    synthetic = results["synthetic"]
    checks = [
        ("synthetic full build within 1.1x of cp -r of its output", synthetic["full"]["seconds"] <= 1.1 * synthetic["copy"]["seconds"]),
        ("synthetic peak RSS at most 256 MiB", synthetic["full"]["peak_rss_mib"] <= 256),
        ("no-op rebuilds under 10% of a full build", all(s["noop"]["seconds"] < 0.1 * s["full"]["seconds"] for s in results.values())),
        ("synthetic rebuild after a one-entry edit at most 0.5 s", synthetic["edit"]["seconds"] <= 0.5),
        ("synthetic serve: a one-entry edit served in at most 0.3 s", synthetic["serve"]["seconds"] <= 0.3),
    ]
    if "hugo" in synthetic:
        print(f"\nOne tenth of Hugo's synthetic build is {synthetic['hugo']['seconds'] / 10:.2f} s; merely creating the "
              f"output's files, empty, takes {synthetic['create']['seconds']:.2f} s on this disk.")
    print()
    for label, ok in checks:
        print(f"  [{'ok' if ok else 'MISSED'}] {label}")
    json.dump({"results": results, "targets": {label: ok for label, ok in checks},
               "machine": {"cpus": os.cpu_count()}}, open(args.json, "w"), indent=2)
    print(f"\nSaved {os.path.relpath(args.json, ROOT)}")


if __name__ == "__main__":
    main()
