"""Residents see each city's site in the mode it is in. In routine the home
page is as usual, under an information banner they may close (without
JavaScript); in emergency mode it opens with the numbers to call, the
emergency information page and the pinned updates, the navigation links to
the light emergency page, and the emergency banner stays. Both pass axe-core
and fit a 320 px phone and a 1280 px desktop in Hebrew, Arabic and English;
the light page is plain HTML that loads nothing but itself.

Screenshots are kept in test-artifacts/screenshots/<mode>-home-<language>-
<width>.png, emergency-light-<language>-320.png and routine-banner-*.png."""

import json
import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.utils import translation

from alerts.models import Alert, EmergencyMode
from tests.articles.factories import ArticleFactory
from tests.browser.public_pages import LANGUAGES
from tests.browser.test_pages_fit_phones_and_desktops import DESKTOP, OVERFLOW, PHONE
from tests.browser.test_public_pages_pass_axe import AXE, axe_violations, describe
from tests.pages.factories import PageFactory
from tests.sites.conftest import make_city
from tests.sites.factories import PortalFactory

pytestmark = pytest.mark.django_db(transaction=True)

RTL_LANGUAGES = {"he", "ar"}
# Browsers send every *.localhost name to this machine: the live server.
HOSTS = {"routine": "alpha.localhost", "emergency": "beta.localhost"}
# Each city's name, and its site's, in every language.
NAMES = {
    "routine": {
        "municipality": {"he": "נווה תמר", "ar": "نفيه تمار", "en": "Neve Tamar"},
        "site": {
            "he": "קהילה בנווה תמר",
            "ar": "المجتمع في نفيه تمار",
            "en": "Neve Tamar community",
        },
    },
    "emergency": {
        "municipality": {"he": "גבעת אורן", "ar": "جفعات أورن", "en": "Givat Oren"},
        "site": {
            "he": "קהילה בגבעת אורן",
            "ar": "المجتمع في جفعات أورن",
            "en": "Givat Oren community",
        },
    },
}
INFORMATION_MESSAGE = {
    "he": "הספרייה העירונית סגורה ביום שלישי לרגל שיפוצים.",
    "ar": "المكتبة البلدية مغلقة يوم الثلاثاء بسبب الترميم.",
    "en": "The city library is closed on Tuesday for renovation.",
}
EMERGENCY_MESSAGE = {
    "he": "היכנסו למרחב המוגן ופעלו לפי הנחיות פיקוד העורף.",
    "ar": "ادخلوا إلى الحيز المحمي واتبعوا تعليمات قيادة الجبهة الداخلية.",
    "en": "Go into the protected space and follow the Home Front Command.",
}
# The city's own numbers, after the national ones.
CITY_NUMBERS = [
    (
        {"he": "מוקד הרווחה", "ar": "مركز الرفاه المناوب", "en": "Welfare on call"},
        "08-9000300",
    ),
    (
        {"he": "אחראי המקלטים", "ar": "مسؤول الملاجئ", "en": "Shelters manager"},
        "08-9000400",
    ),
]
NATIONAL_NUMBERS = ["106", "100", "101", "102", "104"]
INFORMATION_PAGE = {
    "title": {
        "he": "מה עושים בשעת חירום",
        "ar": "ماذا نفعل في حالة الطوارئ",
        "en": "What to do in an emergency",
    },
    "slug": {"he": "חירום", "ar": "طوارئ", "en": "what-to-do"},
    "intro": {
        "he": "הנחיות לתושבים.",
        "ar": "تعليمات للسكان.",
        "en": "Instructions for residents.",
    },
}
PINNED_UPDATE = {
    "title": {
        "he": "המקלטים הציבוריים פתוחים בכל השכונות",
        "ar": "الملاجئ العامة مفتوحة في جميع الأحياء",
        "en": "Public shelters are open in every neighbourhood",
    },
    "lede": {
        "he": "רשימת המקלטים וכתובותיהם.",
        "ar": "قائمة الملاجئ وعناوينها.",
        "en": "The list of shelters and their addresses.",
    },
    "body": {
        "he": "<p>המקלטים פתוחים עד להודעה חדשה.</p>",
        "ar": "<p>الملاجئ مفتوحة حتى إشعار آخر.</p>",
        "en": "<p>The shelters are open until further notice.</p>",
    },
}
# Apple's and WCAG's (2.5.5) size for a target a finger must hit.
TAP_TARGET_PX = 44
# The phone numbers matching ``selector`` that break over two lines or more
# (the lines their text's boxes sit on).
BROKEN_NUMBERS = """(selector) => [...document.querySelectorAll(selector)]
  .filter((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const tops = [...range.getClientRects()].map((box) => Math.round(box.top));
    return new Set(tops).size > 1;
  })
  .map((element) => element.textContent.trim())"""
FITS = """() => ({
  scrollWidth: document.scrollingElement.scrollWidth,
  innerWidth: window.innerWidth,
})"""
ROOT = """() => ({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
})"""
# Whether the emergency section comes before the latest news, in the
# document and on the screen.
FRONT_FIRST = """() => {
  const front = document.querySelector(".emergency-front");
  const news = document.getElementById("latest-news");
  if (!front || !news) return {front: !!front, news: !!news};
  return {
    inDocument: !!(front.compareDocumentPosition(news)
      & Node.DOCUMENT_POSITION_FOLLOWING),
    onScreen: front.getBoundingClientRect().bottom
      <= news.getBoundingClientRect().top,
    firstInMain: document.querySelector("main").firstElementChild === front,
  };
}"""
LATIN = re.compile(r"[A-Za-z]")


def translated(field, values):
    """``{field}_{language}`` keyword arguments for modeltranslation."""
    return {f"{field}_{language}": value for language, value in values.items()}


@pytest.fixture
def sites(live_server):
    """Two cities of their own sites: alpha in routine under an information
    banner, beta in emergency mode under an emergency banner, with its own
    numbers, a published information page and a pinned update."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    PortalFactory()
    routine = make_city("alpha", HOSTS["routine"])
    emergency = make_city("beta", HOSTS["emergency"])
    # make_city names them in Hebrew and English only, after its word.
    for mode, city in (("routine", routine), ("emergency", emergency)):
        for kind in ("municipality", "site"):
            for language, name in NAMES[mode][kind].items():
                setattr(getattr(city, kind), f"name_{language}", name)
        city.municipality.save()
        city.site.save()

    Alert.objects.create(
        municipality=routine.municipality,
        level=Alert.Level.INFORMATION,
        **translated("message", INFORMATION_MESSAGE),
    )
    Alert.objects.create(
        municipality=emergency.municipality,
        level=Alert.Level.EMERGENCY,
        **translated("message", EMERGENCY_MESSAGE),
    )
    page = PageFactory(
        site=emergency.site,
        **{
            key: value
            for field, values in INFORMATION_PAGE.items()
            for key, value in translated(field, values).items()
        },
    )
    update = ArticleFactory(
        municipality=emergency.municipality,
        **{
            key: value
            for field, values in PINNED_UPDATE.items()
            for key, value in translated(field, values).items()
        },
    )
    mode = EmergencyMode.objects.create(
        site=emergency.site, is_on=True, information_page=page
    )
    mode.pinned_updates.set([update])
    for order, (labels, number) in enumerate(CITY_NUMBERS):
        mode.numbers.create(
            sort_order=order, number=number, **translated("label", labels)
        )

    port = urlsplit(live_server.url).port

    def address(site, path):
        return f"http://{HOSTS[site]}:{port}{path}"

    return SimpleNamespace(address=address, page=page)


def check_emergency_front(page, language, width, information_page):
    """What is wrong with the emergency home page in front of ``page``."""
    problems = []
    order = page.evaluate(FRONT_FIRST)
    if order != {"inDocument": True, "onScreen": True, "firstInMain": True}:
        problems.append(f"the emergency section is not first: {order}")

    link = page.locator(".main-nav__emergency a")
    if link.count() != 1 or not link.is_visible():
        problems.append("the navigation has no visible emergency link")
    elif link.get_attribute("href") != f"/{language}/emergency/":
        problems.append(f"the emergency link goes to {link.get_attribute('href')}")

    numbers = page.locator(".emergency-front__numbers a")
    hrefs = [numbers.nth(i).get_attribute("href") for i in range(numbers.count())]
    wanted = [f"tel:{n}" for n in NATIONAL_NUMBERS] + [
        "tel:" + number.replace("-", "") for _labels, number in CITY_NUMBERS
    ]
    if hrefs != wanted:
        problems.append(f"numbers to call: {hrefs}, not {wanted}")
    listed = page.locator(".emergency-front__numbers").inner_text()
    for labels, number in CITY_NUMBERS:
        if labels[language] not in listed or number not in listed:
            problems.append(f"{labels[language]} {number} is not listed")

    button = page.locator(".emergency-front__links a.button")
    with translation.override(language):
        page_address = information_page.get_absolute_url()
    if button.count() != 1 or (
        button.get_attribute("href"),
        button.inner_text().strip(),
    ) != (page_address, INFORMATION_PAGE["title"][language]):
        problems.append("no link to the emergency information page")
    front = page.locator(".emergency-front").inner_text()
    if PINNED_UPDATE["title"][language] not in front:
        problems.append("the pinned update is not in the emergency section")
    # Hebrew and Arabic readers get no English in the section or the link.
    if language in RTL_LANGUAGES:
        for where, text in (("section", front), ("nav link", link.inner_text())):
            latin = [line for line in text.splitlines() if LATIN.search(line)]
            if latin:
                problems.append(f"English in the emergency {where}: {latin}")

    broken = page.evaluate(BROKEN_NUMBERS, ".emergency-front__number")
    if broken:
        problems.append(f"numbers broken over two lines: {broken}")
    if width == PHONE["width"]:
        boxes = [numbers.nth(i).bounding_box() for i in range(numbers.count())]
        small = [
            (href, round(box["width"]), round(box["height"]))
            for href, box in zip(hrefs, boxes, strict=True)
            if box["height"] < TAP_TARGET_PX or box["width"] < TAP_TARGET_PX
        ]
        if small:
            problems.append(f"number links smaller than {TAP_TARGET_PX} px: {small}")
    return problems


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["320", "1280"])
def test_each_site_shows_its_mode_in_every_language(
    page, sites, viewport, screenshot, subtests, csp_violations
):
    width = viewport["width"]
    page.set_viewport_size(viewport)
    failures = {}
    for language in LANGUAGES:
        for mode in HOSTS:
            name = f"{mode}-home-{language}-{width}"
            with subtests.test(msg=name):
                page.goto(sites.address(mode, f"/{language}/"))
                screenshot(page, name)

                problems = []
                direction = "rtl" if language in RTL_LANGUAGES else "ltr"
                root = page.evaluate(ROOT)
                if root != {"lang": language, "dir": direction}:
                    problems.append(f"<html> is {root}, not {language} {direction}")
                if mode == "emergency":
                    problems += check_emergency_front(page, language, width, sites.page)
                else:
                    if page.locator(".emergency-front, .main-nav__emergency").count():
                        problems.append("the routine site shows emergency mode")
                if width == PHONE["width"]:
                    fits = page.evaluate(FITS)
                    if fits["scrollWidth"] > fits["innerWidth"]:
                        wide = page.evaluate(OVERFLOW)["wide"]
                        problems.append(f"scrolls sideways: {fits} {wide}")
                violations = axe_violations(page)
                problems += [violation["id"] for violation in violations]

                if problems:
                    failures[name] = problems
                assert not problems, f"{page.url}: {problems}\n{describe(violations)}"

    # Also fail the test itself, with a one-line summary per page.
    assert not failures, json.dumps(failures, ensure_ascii=False)
    assert csp_violations.take() == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_light_emergency_page_loads_nothing_but_itself(
    page, sites, language, screenshot, csp_violations
):
    page.set_viewport_size(PHONE)
    requests = []
    page.on("request", lambda request: requests.append(request))

    page.goto(sites.address("emergency", f"/{language}/emergency/"))
    page.wait_for_load_state("networkidle")
    screenshot(page, f"emergency-light-{language}-{PHONE['width']}")

    # Only the document itself: no image, script, stylesheet or font; the
    # browser fetches the site's icon (a file cached for a year) on its own,
    # not /favicon.ico, which does not exist.
    fetched_paths = [(r.resource_type, urlsplit(r.url).path) for r in requests]
    assert fetched_paths[0] == ("document", f"/{language}/emergency/")
    assert all(
        kind == "other" and path.startswith("/static/img/favicon")
        for kind, path in fetched_paths[1:]
    ), fetched_paths
    # What the page itself made the browser fetch shows in resource timing.
    fetched = page.evaluate(
        "performance.getEntriesByType('resource').map((entry) => entry.name)"
    )
    assert all(urlsplit(url).path.startswith("/static/img/favicon") for url in fetched)
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    assert page.evaluate(ROOT) == {"lang": language, "dir": direction}
    text = page.locator("body").inner_text()
    assert EMERGENCY_MESSAGE[language] in text
    for labels, number in CITY_NUMBERS:
        assert f"{labels[language]}: {number}" in text
    with translation.override(language):
        information_page = sites.page.get_absolute_url()
    link = page.locator(f'a[href="{information_page}"]')
    assert link.inner_text() == INFORMATION_PAGE["title"][language]
    assert PINNED_UPDATE["title"][language] in text
    fits = page.evaluate(FITS)
    assert fits["scrollWidth"] <= fits["innerWidth"], fits
    assert page.evaluate(BROKEN_NUMBERS, 'a[href^="tel:"]') == []
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    assert csp_violations.take() == []


def test_a_resident_closes_the_information_banner_without_javascript(
    browser, page, sites, screenshot, csp_violations
):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    no_script = context.new_page()
    # Without JavaScript no listener can hear a violation: the console,
    # where Chromium reports them too, is the witness.
    console = []
    no_script.on("console", lambda message: console.append(message.text))
    try:
        no_script.goto(sites.address("routine", "/he/news/"))
        banner = no_script.locator(".alert-banner--information")
        assert banner.get_attribute("role") == "status"
        assert INFORMATION_MESSAGE["he"] in banner.inner_text()
        screenshot(no_script, "routine-banner-open-he-1280")

        banner.locator("a.alert-banner__hide").click()
        no_script.wait_for_load_state()

        # Back on the page the resident was reading, without the banner,
        # and it stays closed on the next page too.
        assert urlsplit(no_script.url).path == "/he/news/"
        assert no_script.locator(".alert-banner").count() == 0
        screenshot(no_script, "routine-banner-closed-he-1280")
        no_script.goto(sites.address("routine", "/he/"))
        assert no_script.locator(".alert-banner").count() == 0
        assert [text for text in console if "Content Security Policy" in text] == []
    finally:
        context.close()

    # An emergency is announced to screen readers and cannot be closed.
    page.goto(sites.address("emergency", "/he/"))
    banner = page.locator(".alert-banner--emergency")
    assert banner.count() == 1
    assert banner.get_attribute("role") == "alert"
    assert EMERGENCY_MESSAGE["he"] in banner.inner_text()
    assert banner.locator("a.alert-banner__hide").count() == 0
    assert page.locator(".alert-banner__hide").count() == 0
    assert csp_violations.take() == []
