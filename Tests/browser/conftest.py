"""Builds the offline fixture site once, and serves it from a subfolder for the http:// walk."""
import functools
import http.server
import os
import shutil
import subprocess
import tempfile
import threading

import pytest
from playwright.sync_api import sync_playwright

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "Tests", "VersusKitTests", "Fixtures", "offline", "content")
ARTIFACTS = os.path.join(ROOT, "test-artifacts")


def versus_binary():
    if os.environ.get("VERSUS"):
        return os.path.abspath(os.environ["VERSUS"])
    folder = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(folder, "versus")


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


@pytest.fixture(scope="session")
def shipped_smtp():
    """content/ with only the SMTP family (all six languages), built once into a temporary folder."""
    folder = tempfile.mkdtemp(prefix="versus-shipped-smtp-")
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


@pytest.fixture(scope="session")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    assert executable, "Debian's chromium is required (make test installs it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()
