"""The shipped catalog's SMTP family in every language of the site (Arabic right to left included): each page kind
through the Nu HTML Checker and axe-core (light and dark), and search typed the way readers type: Turkish with a
dotted capital İ, Arabic with another alef form than the page's."""
import os

import pytest

from conftest import SCHEMES, axe_report, nu_errors

LANGUAGES = ["en", "es", "pt", "ar", "hi", "tr"]
KINDS = ["index.html", "smtp/index.html", "smtp/535.html", "smtp/530-vs-535.html", "smtp/250-vs-251.html"]
# Checked by the session's one run of each checker (conftest.py): each page kind in every language.
AXE_PAGES = ("shipped_smtp", [os.path.join(language, kind) for language in LANGUAGES for kind in KINDS])
NU_SITE = "shipped_smtp"


def nu_files(site):
    return [os.path.join(site, language, kind) for language in LANGUAGES for kind in KINDS]


def test_every_language_passes_the_nu_html_checker(nu_messages, shipped_smtp):
    errors = nu_errors(nu_messages, nu_files(shipped_smtp))
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_in_every_language(axe_reports, shipped_smtp, language, scheme):
    violations = []
    for kind in KINDS:
        report = axe_report(axe_reports, "file://" + os.path.join(shipped_smtp, language, kind), scheme)
        if report:
            violations.append(kind + ":\n" + report)
    assert not violations, "\n".join(violations)


@pytest.fixture(scope="module")
def tab(browser):
    """One tab for the module's browser tests: each begins by loading a page in it."""
    page = browser.new_page()
    yield page
    page.close()


def test_arabic_pages_are_right_to_left_with_codes_isolated(tab, shipped_smtp):
    page = tab
    page.goto("file://" + os.path.join(shipped_smtp, "ar", "smtp", "530-vs-535.html"))
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.locator("p.lead bdi").count() >= 2


def search(page, query):
    page.fill("#site-search-input", query)
    page.locator("#site-search-results [role=option]").first.wait_for()
    return page.locator("#site-search-results [role=option]").evaluate_all("els => els.map(e => e.getAttribute('data-url'))")


def test_turkish_search_folds_dotted_and_dotless_i(tab, shipped_smtp):
    page = tab
    page.goto("file://" + os.path.join(shipped_smtp, "tr", "smtp", "index.html"))
    # 530's Turkish name holds "kimlik"; typed in capitals, İ must still match i (and I, ı alike).
    for query in ["KİMLİK", "kimlik", "KIMLIK"]:
        results = search(page, query)
        assert any(url.endswith("/530.html") for url in results), (query, results)


def test_arabic_search_folds_alef_forms(tab, shipped_smtp):
    page = tab
    page.goto("file://" + os.path.join(shipped_smtp, "ar", "smtp", "index.html"))
    # 535's name is written with إ (alef with hamza below); readers often type a plain alef.
    results = search(page, "اخفقت")
    assert any(url.endswith("/535.html") for url in results), results


@pytest.mark.parametrize("language", LANGUAGES)
def test_offline_walk_in_every_language(tab, shipped_smtp, language):
    page = tab
    problems = []
    listeners = {"console": lambda message: message.type == "error" and problems.append("console: " + message.text),
                 "pageerror": lambda error: problems.append("page error: " + str(error)),
                 "request": lambda request: request.url.startswith("file://") or problems.append("left the site: " + request.url)}
    for event, listener in listeners.items():
        page.on(event, listener)
    try:
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
    finally:
        for event, listener in listeners.items():
            page.remove_listener(event, listener)
