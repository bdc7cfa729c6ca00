"""Each municipality has its own public site at its own host name, with its
own colours, logo and name, and every site's home page passes axe-core and
fits a 320 px phone and a 1280 px desktop in Hebrew, Arabic and English.

Browsers resolve every ``*.localhost`` name to this machine, so the demo's
rehovot.localhost and modiin.localhost reach the live server; "localhost",
which no site claims, gets the default site (the network's portal).
Screenshots are kept in test-artifacts/screenshots/site-<site>-<language>-
<width>.png."""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from sites.colours import darken
from sites.views import DARKER_SHADE
from tests.browser.public_pages import LANGUAGES, load_demo_site
from tests.browser.test_pages_fit_phones_and_desktops import DESKTOP, OVERFLOW, PHONE
from tests.browser.test_public_pages_pass_axe import AXE, axe_violations, describe

pytestmark = pytest.mark.django_db(transaction=True)

# The host each site is visited at.
HOSTS = {
    "portal": "localhost",
    "rehovot": "rehovot.localhost",
    "modiin": "modiin.localhost",
}
# What the demo gives each site: its primary colour (None: site.css's own),
# its accent colour, whether it has a logo, and its name in Hebrew.
BRANDING = {
    "portal": {"primary": None, "accent": None, "logo": False, "name": "קהילה בעיר"},
    "rehovot": {
        "primary": "#9c3d10",
        "accent": "#1f6b3a",
        "logo": True,
        "name": "קהילה ברחובות",
    },
    "modiin": {
        "primary": "#1d4f91",
        "accent": "#0f6e6e",
        "logo": True,
        "name": "קהילה במודיעין",
    },
}
SITE_CSS = Path(settings.BASE_DIR) / "website/static/css/site.css"
RTL_LANGUAGES = {"he", "ar"}
HEADER = """() => {
  const header = document.querySelector(".site-header");
  const logo = document.querySelector("img.site-brand__logo");
  return {
    background: getComputedStyle(header).backgroundColor,
    accent: getComputedStyle(document.documentElement)
      .getPropertyValue("--color-accent").trim(),
    name: document.querySelector(".site-brand__name").textContent.trim(),
    logo: logo && {
      alt: logo.getAttribute("alt"),
      loaded: logo.complete && logo.naturalWidth > 0,
      src: logo.getAttribute("src"),
    },
  };
}"""


def site_css_default(prop):
    """The value site.css itself gives the custom property ``prop``."""
    found = re.search(rf"{prop}:\s*(#[0-9a-fA-F]{{6}})", SITE_CSS.read_text())
    return found.group(1).lower()


def rgb(colour):
    """``#rrggbb`` as getComputedStyle reports it."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({red}, {green}, {blue})"


def expected_header(site):
    primary = BRANDING[site]["primary"]
    if primary is None:
        return rgb(site_css_default("--color-brand-dark"))
    return rgb(darken(primary, DARKER_SHADE))


def expected_accent(site):
    return BRANDING[site]["accent"] or site_css_default("--color-accent")


@pytest.fixture
def home(live_server):
    """``home(site, language)``: the address of a site's home page."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    load_demo_site()
    port = urlsplit(live_server.url).port

    def address(site, language, path=""):
        return f"http://{HOSTS[site]}:{port}/{language}/{path}"

    return address


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["320", "1280"])
def test_every_site_home_passes_axe_and_fits_in_every_language(
    page, home, viewport, screenshot, subtests
):
    width = viewport["width"]
    page.set_viewport_size(viewport)
    failures = {}
    names = {language: {} for language in LANGUAGES}
    for site in HOSTS:
        for language in LANGUAGES:
            name = f"site-{site}-{language}-{width}"
            with subtests.test(msg=name):
                page.goto(home(site, language))
                screenshot(page, name)

                problems = []
                if urlsplit(page.url).hostname != HOSTS[site]:
                    problems.append(f"left {HOSTS[site]} for {page.url}")
                root = page.evaluate(
                    "({lang: document.documentElement.lang,"
                    " dir: document.documentElement.dir})"
                )
                direction = "rtl" if language in RTL_LANGUAGES else "ltr"
                if root != {"lang": language, "dir": direction}:
                    problems.append(f"<html> is {root}, not {language} {direction}")
                violations = axe_violations(page)
                problems += [violation["id"] for violation in violations]
                if width == PHONE["width"]:
                    overflow = page.evaluate(OVERFLOW)
                    if overflow["excess"]:
                        problems.append(f"scrolls sideways: {overflow}")
                names[language][site] = page.locator(".site-brand__name").inner_text()

                if problems:
                    failures[name] = problems
                assert not problems, f"{page.url}: {problems}\n{describe(violations)}"

    # Also fail the test itself, with a one-line summary per page.
    assert not failures, json.dumps(failures, ensure_ascii=False)
    # Each site goes by its own name in every language.
    for language, by_site in names.items():
        assert len(set(by_site.values())) == len(HOSTS), (language, by_site)


def test_each_city_wears_its_own_colours_logo_and_name(page, home):
    seen = {}
    for site in HOSTS:
        page.goto(home(site, "he"))
        seen[site] = page.evaluate(HEADER)

    for site, header in seen.items():
        expected = BRANDING[site]
        assert header["background"] == expected_header(site), site
        assert header["accent"] == expected_accent(site), site
        assert header["name"] == expected["name"], site
        if expected["logo"]:
            assert header["logo"], f"{site} has no logo in its header"
            assert header["logo"]["alt"].strip(), f"{site}'s logo has no alt text"
            assert header["logo"]["loaded"], f"{site}'s logo did not load"
        else:
            assert header["logo"] is None, f"the {site} shows a logo"

    # No two sites look or are called alike.
    for key in ("background", "accent", "name"):
        values = [header[key] for header in seen.values()]
        assert len(set(values)) == len(values), f"{key}: {values}"
    logos = [header["logo"]["src"] for header in seen.values() if header["logo"]]
    assert len(set(logos)) == len(logos), logos


def test_a_rehovot_article_opens_on_rehovot_s_own_site(page, home, screenshot):
    page.goto(home("rehovot", "he", "news/"))
    link = page.locator(".article-card .card__title a").first
    title = link.inner_text()
    link.click()
    page.wait_for_load_state()

    address = urlsplit(page.url)
    assert address.hostname == "rehovot.localhost", page.url
    assert address.path.startswith("/he/news/") and address.path != "/he/news/"
    assert page.locator("h1").inner_text().strip() == title.strip()
    header = page.evaluate(HEADER)
    assert header["name"] == BRANDING["rehovot"]["name"]
    assert header["background"] == expected_header("rehovot")
    screenshot(page, "site-rehovot-article-he-1280")
