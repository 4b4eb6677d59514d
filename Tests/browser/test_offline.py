"""The offline walk in a real Chromium: from file:// and from a static server's subfolder,
with no console errors and no request leaving the site."""
import os

import pytest

from conftest import ARTIFACTS


@pytest.fixture(scope="module", params=["file", "http"])
def start(request, site, server):
    """(base URL of the site, prefix every request must start with)."""
    if request.param == "file":
        base = "file://" + os.path.join(site, "sub") + "/"
        return base, "file://"
    return server + "/sub/", server + "/sub/"


@pytest.fixture(scope="module")
def tab(browser, start):
    """One tab for the module's tests from one start: each test begins by loading a page in it. It records console
    errors, page errors and requests that leave the site."""
    base, allowed = start
    page = browser.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append("console: " + message.text))
    page.on("pageerror", lambda error: page.problems.append("page error: " + str(error)))
    page.on("request", lambda req: req.url.startswith(allowed) or page.problems.append("request left the site: " + req.url))
    page.base = base
    yield page
    page.close()


@pytest.fixture
def page(tab):
    yield tab
    problems, tab.problems[:] = list(tab.problems), []
    assert problems == []


def heading(page):
    return page.locator("h1").first.inner_text()


def test_click_through_home_family_code_comparison(page):
    page.goto(page.base + "index.html")
    assert heading(page) == "Offline Fixture"
    page.locator(".family-list a", has_text="MAIL").click()
    assert heading(page) == "MAIL — Fixture Mail Protocol"
    page.locator(".code-list a", has_text="250").click()
    assert heading(page) == "MAIL 250 OK"
    page.locator(".compare-list a", has_text="535").click()
    assert heading(page) == "MAIL 250 OK vs 535 Authentication credentials invalid"
    assert page.url.endswith("/en/mail/250-vs-535.html")
    page.screenshot(path=os.path.join(ARTIFACTS, "comparison-%s.png" % page.base.split(":")[0]), full_page=True)


def search(page, text):
    box = page.locator("#site-search-input")
    box.fill(text)
    page.locator("#site-search-results [role=option]").first.wait_for()
    return box


def test_search_by_code_and_pair(page):
    page.goto(page.base + "en/index.html")
    box = search(page, "535")
    assert page.locator("#site-search-results [role=option]").first.inner_text().startswith("535 Authentication credentials invalid")
    page.screenshot(path=os.path.join(ARTIFACTS, "search-%s.png" % page.base.split(":")[0]))
    box.press("Enter")
    page.wait_for_url("**/en/mail/535.html")
    assert heading(page) == "MAIL 535 Authentication credentials invalid"

    search(page, "535 vs 250").press("Enter")
    page.wait_for_url("**/en/mail/250-vs-535.html")
    assert heading(page) == "MAIL 250 OK vs 535 Authentication credentials invalid"


def test_search_prefix_enhanced_accents_and_keyboard(page):
    page.goto(page.base + "en/mail/index.html")
    search(page, "53")
    codes = page.locator("#site-search-results [role=option] strong").all_inner_texts()
    assert codes[:3] == ["530", "534", "535"]

    box = search(page, "5.7.8")
    assert page.locator("#site-search-results [role=option] strong").first.inner_text() == "X.7.8"
    box.press("Enter")
    page.wait_for_url("**/en/enhanced/X.7.8.html")

    page.goto(page.base + "es/index.html")
    box = search(page, "AUTENTICACION")
    assert "autenticación" in page.locator("#site-search-results [role=option]").first.inner_text()

    box = search(page, "250 535")
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert page.locator("#" + active).get_attribute("aria-selected") == "true"
    box.press("Enter")
    page.wait_for_url("**/es/mail/250-vs-535.html")
    assert heading(page).startswith("MAIL 250 Correcto frente a 535")


def test_search_ranks_a_noted_pair_first(page):
    # 530 and 534 exist in MAIL and in ZONE; only ZONE has a note for the pair, so its comparison comes first.
    page.goto(page.base + "en/index.html")
    search(page, "530 534")
    urls = page.locator("#site-search-results [role=option]").evaluate_all("els => els.map(e => e.getAttribute('data-url'))")
    assert urls[0].endswith("zone/530-vs-534.html") and urls[1].endswith("mail/530-vs-534.html"), urls

    # On a page of a family, that family's pair comes first, noted or not.
    page.goto(page.base + "en/mail/250.html")
    search(page, "530 vs 534")
    urls = page.locator("#site-search-results [role=option]").evaluate_all("els => els.map(e => e.getAttribute('data-url'))")
    assert urls[0].endswith("mail/530-vs-534.html") and urls[1].endswith("zone/530-vs-534.html"), urls

    page.goto(page.base + "en/zone/530.html")
    assert page.locator("#frequently-compared").count() == 1
    assert page.locator(".frequently-compared li a").first.get_attribute("href") == "530-vs-534.html"


def test_search_page_reads_the_query(page):
    page.goto(page.base + "en/search.html?q=authentication")
    page.locator("#search-page-results [role=option]").first.wait_for()
    codes = page.locator("#search-page-results [role=option] strong").all_inner_texts()
    assert "535" in codes and "X.7.8" in codes


def test_compare_pickers(page):
    page.goto(page.base + "en/mail/250.html")
    page.select_option("#compare-select", label="535 Authentication credentials invalid")
    page.locator(".compare-picker button").click()
    page.wait_for_url("**/en/mail/250-vs-535.html")

    page.goto(page.base + "en/mail/index.html")
    page.select_option("#compare-first", value="535")
    page.select_option("#compare-second", value="250")
    page.locator(".compare-picker button").click()
    page.wait_for_url("**/en/mail/250-vs-535.html")


def test_a_pair_without_a_page_leads_to_the_code_pages(page):
    # The enhanced family gives pages only to related pairs: X.1.1 and X.7.8 have none.
    page.goto(page.base + "en/enhanced/X.1.1.html")
    assert page.locator("#compare").count() == 0
    page.goto(page.base + "en/enhanced/index.html")
    page.select_option("#compare-first", value="X.1.1")
    page.select_option("#compare-second", value="X.7.8")
    page.locator(".compare-picker button").click()
    links = page.locator(".compare-no-page a")
    links.first.wait_for()
    assert page.url.endswith("/en/enhanced/index.html")
    assert page.locator(".compare-no-page p").inner_text() == "There is no comparison page for these two codes. Open each code's page:"
    assert links.evaluate_all("els => els.map(e => e.getAttribute('href'))") == ["X.1.1.html", "X.7.8.html"]
    assert links.all_inner_texts() == ["X.1.1 Bad destination mailbox address", "X.7.8 Authentication credentials invalid"]
    page.screenshot(path=os.path.join(ARTIFACTS, "picker-no-page-%s.png" % page.base.split(":")[0]))
    # Another choice clears the links; the same choice, reversed, lists the codes in catalog order.
    page.select_option("#compare-first", value="X.7.8")
    assert page.locator(".compare-no-page a").count() == 0
    page.select_option("#compare-second", value="X.1.1")
    page.locator(".compare-picker button").click()
    assert links.evaluate_all("els => els.map(e => e.getAttribute('href'))") == ["X.1.1.html", "X.7.8.html"]
    links.nth(1).click()
    page.wait_for_url("**/en/enhanced/X.7.8.html")

    # Search offers the two code pages instead of a comparison.
    search(page, "X.1.1 vs X.7.8")
    urls = page.locator("#site-search-results [role=option]").evaluate_all("els => els.map(e => e.getAttribute('data-url'))")
    assert [url.split("/")[-1] for url in urls] == ["X.1.1.html", "X.7.8.html"], urls


def test_without_javascript_the_links_still_work(browser, start):
    base, _ = start
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + "en/mail/250.html")
    assert page.locator(".compare-picker").is_hidden()
    page.locator(".compare-list a", has_text="535").click()
    assert page.locator("h1").first.inner_text() == "MAIL 250 OK vs 535 Authentication credentials invalid"
    context.close()


def test_redirect_page_lands_on_the_comparison(page):
    page.goto(page.base + "en/mail/535-vs-250.html")
    page.wait_for_url("**/en/mail/250-vs-535.html")
    assert heading(page) == "MAIL 250 OK vs 535 Authentication credentials invalid"
