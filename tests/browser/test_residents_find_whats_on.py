"""Residents find what is on at their city's site: the coming events, the
month calendar (seven columns from Sunday on a desktop, a list of the busy
days on a phone), an event's page and past events. A resident follows an
event from the Hebrew month to its page and adds it to their own calendar
with the .ics it downloads. Every page type passes axe-core in Hebrew,
Arabic and English and keeps to the Content Security Policy.

The server's clock stands at Monday 1 February 2027, 09:00 in Israel (and
ticks on), so that every coming event falls in the month shown. Screenshots
are kept in test-artifacts/screenshots/events-<page>-<language>-<width>.png."""

import datetime
import json
import re
from types import SimpleNamespace
from urllib.parse import unquote, urlsplit

import icalendar
import pytest
import time_machine
from django.utils import translation

from events.models import Cancellation, Event
from tests.articles.factories import TopicFactory
from tests.browser.public_pages import LANGUAGES
from tests.browser.test_pages_fit_phones_and_desktops import DESKTOP, OVERFLOW, PHONE
from tests.browser.test_public_pages_pass_axe import AXE, axe_violations, describe
from tests.events.factories import EventFactory, local
from tests.sites.conftest import make_city
from tests.sites.factories import PortalFactory

pytestmark = pytest.mark.django_db(transaction=True)

NOW = local(2027, 2, 1, 9, 0)  # a Monday
# Browsers send every *.localhost name to this machine: the live server.
HOST = "alpha.localhost"
RTL_LANGUAGES = {"he", "ar"}
CITY = {
    "municipality": {"he": "נווה תמר", "ar": "نفيه تمار", "en": "Neve Tamar"},
    "site": {
        "he": "קהילה בנווה תמר",
        "ar": "المجتمع في نفيه تمار",
        "en": "Neve Tamar community",
    },
}
TITLES = {
    "evening": {
        "he": "ערב תושבים בשכונת הפארק",
        "ar": "أمسية السكان في حي الحديقة",
        "en": "Residents' evening in the Park quarter",
    },
    "weekly": {
        "he": "חוג שיחה בעברית",
        "ar": "حلقة محادثة بالعبرية",
        "en": "Hebrew conversation circle",
    },
    "fair": {"he": "יריד האביב", "ar": "معرض الربيع", "en": "Spring fair"},
    "film": {
        "he": "ערב סרט בפארק",
        "ar": "أمسية سينما في الحديقة",
        "en": "Film night in the park",
    },
    "lecture": {
        "he": "הרצאת חורף על תולדות העיר",
        "ar": "محاضرة شتوية عن تاريخ المدينة",
        "en": "A winter lecture on the city's history",
    },
}
SUMMARIES = {
    "evening": {
        "he": "נכיר את השכנים החדשים ונשמע מה מתוכנן לשכונה.",
        "ar": "نتعرف على الجيران الجدد ونسمع ما هو مخطط للحي.",
        "en": "Meet the new neighbours and hear what is planned for the quarter.",
    },
    "weekly": {
        "he": "שיחה חופשית בקבוצות קטנות, לכל רמה.",
        "ar": "محادثة حرة في مجموعات صغيرة، لكل المستويات.",
        "en": "Free conversation in small groups, for every level.",
    },
    "fair": {
        "he": "דוכנים של עמותות, מוזיקה ופעילות לילדים.",
        "ar": "أكشاك الجمعيات وموسيقى وفعاليات للأطفال.",
        "en": "Stalls of local charities, music and children's activities.",
    },
    "film": {
        "he": "ההקרנה בוטלה בגלל תחזית הגשם.",
        "ar": "أُلغي العرض بسبب توقعات المطر.",
        "en": "The screening is called off: rain is forecast.",
    },
    "lecture": {
        "he": "מההתיישבות הראשונה ועד היום.",
        "ar": "من الاستيطان الأول حتى اليوم.",
        "en": "From the first settlers to the present day.",
    },
}
VENUES = {
    "evening": {
        "he": "המרכז הקהילתי גאולה",
        "ar": "المركز الجماهيري غئولا",
        "en": "Geula community centre",
    },
    "weekly": {
        "he": "הספרייה העירונית",
        "ar": "المكتبة البلدية",
        "en": "The city library",
    },
    "fair": {"he": "הפארק המרכזי", "ar": "الحديقة المركزية", "en": "Central park"},
    "film": {
        "he": "האמפיתיאטרון בפארק",
        "ar": "المدرج في الحديقة",
        "en": "The park amphitheatre",
    },
    "lecture": {"he": "מוזיאון העיר", "ar": "متحف المدينة", "en": "The city museum"},
}
# What only the evening has: its address, accessibility and description.
EVENING = {
    "venue_address": {
        "he": "רחוב הרצל 12",
        "ar": "شارع هرتسل 12",
        "en": "12 Herzl Street",
    },
    "accessibility_note": {
        "he": "מתורגמנית לשפת הסימנים וחניית נכים ליד הכניסה.",
        "ar": "ترجمة إلى لغة الإشارة وموقف لذوي الإعاقة قرب المدخل.",
        "en": "Sign-language interpreting and disabled parking by the door.",
    },
    "description": {
        "he": "<p>ועד השכונה מזמין את כל התושבים, ותיקים וחדשים, לערב של היכרות. "
        "נציגי העירייה יציגו את תוכנית השיפוץ של הפארק ויענו על שאלות.</p>"
        "<p>כיבוד קל יוגש. ילדים מוזמנים לפינת המשחקים.</p>",
        "ar": "<p>تدعو لجنة الحي جميع السكان، القدامى والجدد، إلى أمسية تعارف. "
        "سيعرض ممثلو البلدية خطة تجديد الحديقة ويجيبون عن الأسئلة.</p>"
        "<p>ستُقدَّم ضيافة خفيفة. الأطفال مدعوون إلى ركن الألعاب.</p>",
        "en": "<p>The neighbourhood committee invites every resident, old and "
        "new, to an evening of getting to know each other. The city will "
        "present its plan to renew the park and answer questions.</p>"
        "<p>Light refreshments will be served. Children are welcome in the "
        "play corner.</p>",
    },
}
TOPIC = {"he": "חיי שכונה", "ar": "حياة الحي", "en": "Neighbourhood life"}
REGISTRATION = "https://example.org/register/residents-evening"
EVENING_START = local(2027, 2, 4, 18, 0)  # a Thursday, three days ahead
CANCELLED_DATE = datetime.date(2027, 2, 16)  # the weekly circle's third Tuesday
# The days of February 2027 with something on: the Tuesday circle (2, 9,
# 16 cancelled, 23), the evening (4), the fair (10-11), the film (18).
BUSY_DAYS = [2, 4, 9, 10, 11, 16, 18, 23]
# The coming occurrences in order: the circle is on every Tuesday.
COMING = ["weekly", "evening", "weekly", "fair", "weekly", "film", "weekly"]
ADD_TO_CALENDAR = "הוספה ליומן שלי"
ROOT = """() => ({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
})"""
# The month table's column headers and the table itself, where they are
# on the screen.
MONTH_COLUMNS = """() => {
  const box = (element) => {
    const rect = element.getBoundingClientRect();
    return {left: rect.left, right: rect.right, width: rect.width};
  };
  return {
    table: box(document.querySelector("table.month")),
    headers: [...document.querySelectorAll("table.month thead th")].map(
      (th) => ({text: th.textContent.trim(), ...box(th)})),
  };
}"""
# The month's day cells a resident sees, in the order they read them.
SHOWN_DAYS = """() => [...document.querySelectorAll("table.month td")]
  .filter((td) => getComputedStyle(td).display !== "none")
  .map((td) => ({
    busy: td.classList.contains("month__day--busy"),
    day: td.querySelector(".month__date").firstChild.textContent.trim(),
    weekday: td.querySelector(".month__weekday").innerText.trim(),
    events: [...td.querySelectorAll("li")].map((li) => li.innerText.trim()),
  }))"""
# How many lines the text of the element at a selector takes.
LINES = """(selector) => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector));
  return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
}"""
LATIN = re.compile(r"[A-Za-z]")
# Names that stay in Latin letters in every language.
BRAND_NAMES = re.compile(r"iCalendar|RSS")


def translated(field, values):
    """``{field}_{language}`` keyword arguments for modeltranslation."""
    return {f"{field}_{language}": value for language, value in values.items()}


def texts(key):
    """An event's title, summary and venue in every language."""
    return {
        **translated("title", TITLES[key]),
        **translated("summary", SUMMARIES[key]),
        **translated("venue_name", VENUES[key]),
    }


@pytest.fixture
def monday_morning():
    # The live server's thread reads the same clock.
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture
def whats_on(live_server, monday_morning):
    """A city whose site has, in February 2027, a one-off evening with a
    venue, accessibility, registration and a topic; a weekly circle with
    one date cancelled; an all-day fair; a cancelled film night; and, in
    January, a lecture that is over."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    PortalFactory()
    city = make_city("alpha", HOST)
    # make_city names them in Hebrew and English only, after its word.
    for kind, names in CITY.items():
        named = getattr(city, kind)
        for language, name in names.items():
            setattr(named, f"name_{language}", name)
        named.save()
    municipality = city.municipality

    evening = EventFactory(
        municipality=municipality,
        starts_at=EVENING_START,
        ends_at=EVENING_START + datetime.timedelta(hours=2),
        step_free=True,
        accessible_toilet=True,
        hearing_loop=True,
        registration_url=REGISTRATION,
        topics=[TopicFactory(slug="neighbourhood", **translated("name", TOPIC))],
        **texts("evening"),
        **{
            key: value
            for field, values in EVENING.items()
            for key, value in translated(field, values).items()
        },
    )
    weekly = EventFactory(
        municipality=municipality,
        starts_at=local(2027, 2, 2, 17, 0),
        ends_at=local(2027, 2, 2, 18, 30),
        repeats=Event.Repeats.WEEKLY,
        repeat_until=datetime.date(2027, 2, 23),
        is_free=False,
        **translated("price", {"he": "20 ₪", "ar": "20 شيكل", "en": "20 NIS"}),
        **texts("weekly"),
    )
    Cancellation.objects.create(event=weekly, date=CANCELLED_DATE)
    fair = EventFactory(
        municipality=municipality,
        all_day=True,
        starts_at=local(2027, 2, 10, 0, 0),
        ends_at=local(2027, 2, 12, 0, 0),
        **texts("fair"),
    )
    film = EventFactory(
        municipality=municipality,
        starts_at=local(2027, 2, 18, 19, 30),
        ends_at=local(2027, 2, 18, 21, 30),
        is_cancelled=True,
        **texts("film"),
    )
    lecture = EventFactory(
        municipality=municipality,
        starts_at=local(2027, 1, 20, 19, 0),
        ends_at=local(2027, 1, 20, 21, 0),
        **texts("lecture"),
    )
    port = urlsplit(live_server.url).port
    return SimpleNamespace(
        address=lambda path: f"http://{HOST}:{port}{path}",
        events={
            "evening": evening,
            "weekly": weekly,
            "fair": fair,
            "film": film,
            "lecture": lecture,
        },
    )


def url_of(event, language):
    with translation.override(language):
        return event.get_absolute_url()


def path_of(page):
    return unquote(urlsplit(page.url).path)


def test_a_resident_finds_an_evening_in_the_hebrew_month_and_adds_it_to_a_calendar(
    page, whats_on, screenshot, csp_violations
):
    evening = whats_on.events["evening"]
    page.set_viewport_size(DESKTOP)
    page.goto(whats_on.address("/he/events/"))
    page.get_by_role("link", name="לוח חודשי").click()
    page.wait_for_load_state()

    # The month the events are in is this month.
    assert path_of(page) == "/he/events/2027/2/"
    assert page.evaluate(ROOT) == {"lang": "he", "dir": "rtl"}
    screenshot(page, "events-month-he-1280")
    # Seven columns from Sunday, read from the right.
    columns = page.evaluate(MONTH_COLUMNS)
    headers = columns["headers"]
    assert len(headers) == 7
    assert headers[0]["text"] == "ראשון"
    assert abs(headers[0]["right"] - columns["table"]["right"]) <= 2, columns
    assert headers[0]["left"] > headers[-1]["left"], columns
    # Wide enough to read a title in.
    assert min(header["width"] for header in headers) >= 100, columns
    shown = page.evaluate(SHOWN_DAYS)
    assert len(shown) == 35  # 31 January to 6 March
    by_day = {day["day"]: day["events"] for day in shown if day["busy"]}
    assert list(by_day) == [str(day) for day in BUSY_DAYS]
    assert by_day["4"] == [f"18:00 {TITLES['evening']['he']}"]
    assert by_day["10"] == by_day["11"] == [TITLES["fair"]["he"]]
    assert by_day["16"] == [f"17:00 {TITLES['weekly']['he']} (בוטל)"]
    assert by_day["18"] == [f"19:30 {TITLES['film']['he']} (בוטל)"]

    # On a phone the month is a list of the days with events, each with
    # its weekday, and nothing scrolls sideways.
    page.set_viewport_size(PHONE)
    screenshot(page, "events-month-he-320")
    overflow = page.evaluate(OVERFLOW)
    assert overflow["excess"] == 0, f"the month scrolls sideways: {overflow}"
    shown = page.evaluate(SHOWN_DAYS)
    assert [day["day"] for day in shown] == [str(day) for day in BUSY_DAYS]
    assert all(day["busy"] for day in shown)
    assert shown[0]["weekday"] == "שלישי"  # 2 February 2027
    assert page.locator("table.month thead").bounding_box()["width"] <= 1
    caption_lines = page.evaluate(LINES, "table.month caption")

    link = page.locator("table.month a", has_text=TITLES["evening"]["he"])
    assert link.count() == 1
    link.click()
    page.wait_for_load_state()
    assert path_of(page) == unquote(url_of(evening, "he"))
    assert page.locator("h1").inner_text() == TITLES["evening"]["he"]

    add = page.get_by_role("link", name=ADD_TO_CALENDAR)
    assert add.get_attribute("download") is not None
    with page.expect_download() as downloading:
        add.click()
    download = downloading.value
    assert download.failure() is None
    assert download.suggested_filename == f"event-{evening.pk}.ics"
    with open(download.path(), "rb") as ics:
        calendar = icalendar.Calendar.from_ical(ics.read())
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == TITLES["evening"]["he"]
    assert str(vevent["UID"]) == f"event-{evening.pk}@community-cms"
    assert vevent["DTSTART"].params["TZID"] == "Asia/Jerusalem"
    start = vevent.decoded("DTSTART")
    assert start == EVENING_START
    assert start.tzinfo.key == "Asia/Jerusalem"
    assert vevent.decoded("DTEND") == local(2027, 2, 4, 20, 0)
    assert str(vevent["LOCATION"]) == (
        f"{VENUES['evening']['he']}, {EVENING['venue_address']['he']}"
    )
    assert csp_violations.take() == []

    # On a phone the table is a block, and its caption must be one too, or
    # it shrinks to its longest word.
    assert caption_lines == 1, f"the caption takes {caption_lines} lines at 320 px"


def check_page(page, kind, language, events):
    """What is wrong with the events page of ``kind`` in front of ``page``,
    besides axe-core's findings."""
    problems = []
    main = page.locator("main")
    text = main.inner_text()
    titles = [
        item.inner_text().strip() for item in page.locator(".event-item__title").all()
    ]
    if kind == "list":
        wanted = [TITLES[key][language] for key in COMING]
        if titles != wanted:
            problems.append(f"the list shows {titles}, not {wanted}")
        cancelled = page.locator(".event-item--cancelled").count()
        if cancelled != 2:
            problems.append(f"{cancelled} items marked cancelled, not 2")
    elif kind == "past":
        if titles != [TITLES["lecture"][language]]:
            problems.append(f"past events: {titles}")
    elif kind == "month":
        busy = page.locator("td.month__day--busy").count()
        if busy != len(BUSY_DAYS):
            problems.append(f"{busy} busy days, not {len(BUSY_DAYS)}")
    elif kind == "detail":
        heading = page.locator("h1").inner_text().strip()
        if heading != TITLES["evening"][language]:
            problems.append(f"the heading is {heading!r}")
        for part in (
            SUMMARIES["evening"][language],
            VENUES["evening"][language],
            EVENING["venue_address"][language],
            EVENING["accessibility_note"][language],
            TOPIC[language],
        ):
            if part not in text:
                problems.append(f"{part!r} is not on the page")
        paragraphs = page.locator(".event__text p").count()
        if paragraphs != 2:
            problems.append(f"the description has {paragraphs} paragraphs, not 2")
        features = page.locator(".event__facts .plain-list li").count()
        if features != 3:
            problems.append(f"{features} accessibility features, not 3")
        if page.locator(f'a[href="{REGISTRATION}"]').count() != 1:
            problems.append("no registration link")
        ics = page.locator("a[download]").get_attribute("href")
        if ics != f"{url_of(events['evening'], language)}event.ics":
            problems.append(f"the calendar link goes to {ics}")
    elif kind == "detail-weekly":
        # Its dates to come, the cancelled one marked.
        dates = page.locator(".event-dates li").count()
        cancelled = page.locator(".event-dates--cancelled").count()
        if (dates, cancelled) != (4, 1):
            problems.append(f"{dates} dates to come, {cancelled} cancelled")
    elif (
        kind == "detail-cancelled"
        and page.locator('.event__cancelled[role="status"]').count() != 1
    ):
        problems.append("the page does not say the event is cancelled")
    # Hebrew and Arabic readers get no English in the page's content.
    if language in RTL_LANGUAGES:
        latin = [
            line
            for line in text.splitlines()
            if LATIN.search(BRAND_NAMES.sub("", line))
        ]
        if latin:
            problems.append(f"Latin letters in the content: {latin}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_events_page_passes_axe_and_fits_in_every_language(
    page, whats_on, language, screenshot, subtests, csp_violations
):
    paths = {
        "list": f"/{language}/events/",
        "month": f"/{language}/events/2027/2/",
        "detail": url_of(whats_on.events["evening"], language),
        "detail-weekly": url_of(whats_on.events["weekly"], language),
        "detail-cancelled": url_of(whats_on.events["film"], language),
        "past": f"/{language}/events/past/",
    }
    direction = "rtl" if language in RTL_LANGUAGES else "ltr"
    failures = {}
    for kind, path in paths.items():
        name = f"events-{kind}-{language}"
        with subtests.test(msg=name):
            page.set_viewport_size(DESKTOP)
            page.goto(whats_on.address(path))
            screenshot(page, f"{name}-{DESKTOP['width']}")

            problems = []
            root = page.evaluate(ROOT)
            if root != {"lang": language, "dir": direction}:
                problems.append(f"<html> is {root}, not {language} {direction}")
            problems += check_page(page, kind, language, whats_on.events)
            violations = axe_violations(page)
            problems += [violation["id"] for violation in violations]

            # Every page reads on a phone; the list and the event's page
            # are kept as screenshots (the Hebrew month is, above).
            page.set_viewport_size(PHONE)
            if kind in ("list", "detail"):
                screenshot(page, f"{name}-{PHONE['width']}")
            overflow = page.evaluate(OVERFLOW)
            if overflow["excess"]:
                problems.append(f"scrolls sideways at 320 px: {overflow}")
            if kind == "month":
                # The month turns into a list on a phone: axe again.
                phone_violations = axe_violations(page)
                problems += [f"{v['id']} at 320 px" for v in phone_violations]
                violations += phone_violations

            if problems:
                failures[name] = problems
            assert not problems, f"{page.url}: {problems}\n{describe(violations)}"

    # Also fail the test itself, with a one-line summary per page.
    assert not failures, json.dumps(failures, ensure_ascii=False)
    assert csp_violations.take() == []
