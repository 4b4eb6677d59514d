"""Exchange diagrams in a real Chromium on the shipped SMTP family: screenshots of a code page and a comparison, light
and dark, desktop and phone (test-artifacts/exchange-*.png); the drawing scrolls inside its own box on a 360 px phone
and at 200% zoom while the page does not; the two codes differ by more than colour; colours follow the dark scheme;
Arabic pages mirror the drawing."""
import os

import pytest

from conftest import ARTIFACTS

PAGES = {"code": "smtp/535.html", "comparison": "smtp/250-vs-535.html"}
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 740}}


@pytest.fixture(scope="module")
def open_page(browser, shipped_smtp):
    """open_page(path, scheme, size, scale) loads the page in the module's one tab for that scheme, viewport and pixel
    ratio (a context each: they are fixed when it is made)."""
    tabs = {}

    def load(path, scheme="light", size="desktop", scale=1):
        if (scheme, size, scale) not in tabs:
            context = browser.new_context(color_scheme=scheme, viewport=SIZES[size], device_scale_factor=scale)
            tabs[scheme, size, scale] = context.new_page()
        page = tabs[scheme, size, scale]
        page.goto("file://" + os.path.join(shipped_smtp, path))
        return page

    yield load
    for page in tabs.values():
        page.context.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGES)
def test_screenshots(open_page, kind, scheme, size):
    page = open_page("en/" + PAGES[kind], scheme, size)
    section = page.locator("section.exchange")
    section.scroll_into_view_if_needed()
    assert page.locator("svg.exchange-diagram title").first.text_content()
    section.screenshot(path=os.path.join(ARTIFACTS, "exchange-%s-%s-%s.png" % (kind, scheme, size)))


def test_arabic_comparison_is_mirrored_with_codes_left_to_right(open_page):
    page = open_page("ar/" + PAGES["comparison"])
    sides = page.locator("svg.exchange-diagram .x-side")
    client, server = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert client["x"] > server["x"], "the client's lifeline is on the right"
    code = page.locator("svg.exchange-diagram .x-code").first
    assert code.evaluate("e => getComputedStyle(e).direction") == "ltr"
    page.locator("section.exchange").screenshot(path=os.path.join(ARTIFACTS, "exchange-comparison-ar.png"))


@pytest.mark.parametrize("size,scale", [("phone", 1), ("phone", 2)])
def test_the_drawing_scrolls_inside_its_own_box(open_page, size, scale):
    # A 360 px phone, and the same at 200% zoom (twice the pixels per CSS pixel, as zooming a 720 px window does).
    page = open_page("en/" + PAGES["comparison"], size=size, scale=scale)
    box = page.locator(".exchange-scroll")
    assert box.evaluate("e => e.scrollWidth > e.clientWidth"), "the drawing is wider than the phone: its box scrolls"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "the page itself does not scroll sideways"
    size_px = page.locator("svg.exchange-diagram text").first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size_px >= 13


def test_the_two_codes_differ_by_more_than_colour(open_page):
    page = open_page("en/" + PAGES["comparison"])
    first = page.locator("svg.exchange-diagram .x-a path").first.evaluate("e => getComputedStyle(e).strokeDasharray")
    second = page.locator("svg.exchange-diagram .x-b path").first.evaluate("e => getComputedStyle(e).strokeDasharray")
    assert first == "none" and second != "none"
    legend = page.locator("svg.exchange-diagram .x-code").all_text_contents()
    assert "250" in legend and "535" in legend


def test_colours_follow_the_colour_scheme(open_page):
    colours = {}
    for scheme in ["light", "dark"]:
        page = open_page("en/" + PAGES["comparison"], scheme)
        colours[scheme] = page.locator("svg.exchange-diagram .x-a path").first.evaluate("e => getComputedStyle(e).stroke")
    assert colours == {"light": "rgb(11, 92, 173)", "dark": "rgb(124, 183, 255)"}
