"""Residents see what is on at their city's site: the coming events (this
week, this month, by topic, by audience, free only), a month calendar, an
event's page with its details in Israeli time, and past events. Drafts and
other cities' events never show; the pages cost the same few queries
however many events there are."""

import datetime
import json
import re
from http import HTTPStatus
from urllib.parse import quote

import pytest
import time_machine
from django.db.models.signals import post_init

from events.models import Cancellation, Event
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import TopicFactory
from tests.events.factories import EventFactory, local
from tests.partners.factories import PopulationFactory

pytestmark = pytest.mark.django_db

NOW = local(2027, 2, 1, 9, 0)  # a Monday


@pytest.fixture(autouse=True)
def monday_morning():
    with time_machine.travel(NOW, tick=False):
        yield


def _at(days, hour=18):
    return (NOW + datetime.timedelta(days=days)).replace(hour=hour)


def _event(city, days, **extra):
    starts_at = _at(days)
    return EventFactory(
        municipality=city.municipality,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        **extra,
    )


def _weekly_from_tomorrow(city, until):
    return _event(
        city, 1, title_en="Weekly", repeats=Event.Repeats.WEEKLY, repeat_until=until
    )


def _starts(response):
    return re.findall(
        r'class="event-item__when"><time datetime="([^"]+)"', response.content.decode()
    )


def _titles(response):
    return re.findall(
        r'class="event-item__title"[^>]*><a href="[^"]+">([^<]+)<',
        response.content.decode(),
    )


def test_the_list_shows_the_sites_coming_published_events_in_order(client, cities):
    alpha, beta = cities
    _event(alpha, 10, title_en="Later")
    _event(alpha, 2, title_en="Sooner")
    _event(alpha, -2, title_en="Already over")
    _event(alpha, 3, title_en="Draft", status=WorkflowStatus.DRAFT, published_at=None)
    _event(beta, 4, title_en="Another city's")

    response = client.get("/en/events/", HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.OK
    assert _titles(response) == ["Sooner", "Later"]


def test_a_weekly_event_appears_once_per_week(client, cities):
    alpha, _beta = cities
    weekly = _weekly_from_tomorrow(alpha, until=datetime.date(2027, 3, 10))
    Cancellation.objects.create(event=weekly, date=datetime.date(2027, 2, 9))

    html = client.get("/en/events/?period=month", HTTP_HOST=alpha.host).content.decode()

    assert (
        _titles(client.get("/en/events/?period=month", HTTP_HOST=alpha.host))
        == ["Weekly"] * 5
    )
    assert html.count("event-item--cancelled") == 1


def test_a_repeating_events_new_dates_show_at_once(client, cities, page_cache_off):
    alpha, _beta = cities
    weekly = _weekly_from_tomorrow(alpha, until=datetime.date(2027, 3, 10))
    path = "/en/events/?period=month"
    before = client.get(path, HTTP_HOST=alpha.host)

    weekly.repeat_until = datetime.date(2027, 2, 17)
    weekly.starts_at += datetime.timedelta(hours=1)
    weekly.ends_at += datetime.timedelta(hours=1)
    weekly.save()
    after = client.get(path, HTTP_HOST=alpha.host)

    assert _starts(before) == [
        "2027-02-02T18:00:00+02:00",
        "2027-02-09T18:00:00+02:00",
        "2027-02-16T18:00:00+02:00",
        "2027-02-23T18:00:00+02:00",
        "2027-03-02T18:00:00+02:00",
    ]
    assert _starts(after) == [
        "2027-02-02T19:00:00+02:00",
        "2027-02-09T19:00:00+02:00",
        "2027-02-16T19:00:00+02:00",
    ]


def test_filters_narrow_the_list(client, cities):
    alpha, _beta = cities
    music = TopicFactory(slug="music")
    youth = PopulationFactory(slug="youth")
    _event(alpha, 2, title_en="Concert", topics=[music])
    _event(
        alpha,
        3,
        title_en="Youth night",
        audiences=[youth],
        is_free=False,
        price_en="20 NIS",
    )
    _event(alpha, 20, title_en="Next month")

    def titles(query):
        return _titles(client.get(f"/en/events/?{query}", HTTP_HOST=alpha.host))

    assert titles("period=week") == ["Concert", "Youth night"]
    assert titles("topic=music") == ["Concert"]
    assert titles("audience=youth") == ["Youth night"]
    assert titles("free=on") == ["Concert", "Next month"]


def test_an_unknown_filter_value_is_explained_and_the_rest_still_applies(
    client, cities
):
    alpha, _beta = cities
    _event(alpha, 2, title_en="Soon")
    _event(alpha, 40, title_en="Far")

    response = client.get("/he/events/?period=week&topic=nothing", HTTP_HOST=alpha.host)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert 'id="id_topic_error"' in html
    assert len(_titles(response)) == 1


def test_the_list_is_paginated(client, cities):
    alpha, _beta = cities
    for day in range(25):
        _event(alpha, day + 1)

    first = client.get("/en/events/", HTTP_HOST=alpha.host)
    second = client.get("/en/events/?page=2", HTTP_HOST=alpha.host)

    assert len(_titles(first)) == 20
    assert len(_titles(second)) == 5


def test_a_long_list_reads_in_full_only_the_events_of_its_page(client, cities):
    alpha, _beta = cities
    weekly = _weekly_from_tomorrow(alpha, until=datetime.date(2027, 6, 1))
    # The fourth week falls on the second page, between the one-offs.
    Cancellation.objects.create(event=weekly, date=_at(22).date())
    for day in range(60):
        _event(alpha, day + 1, title_en=f"One-off {day + 1}")
    made = []

    def note(instance, **kwargs):
        made.append(instance)

    post_init.connect(note, sender=Event)
    try:
        response = client.get("/en/events/?page=2", HTTP_HOST=alpha.host)
    finally:
        post_init.disconnect(note, sender=Event)
    read_in_full = {
        event.pk
        for event in made
        if not event._state.adding and "title_en" in event.__dict__
    }

    titles = _titles(response)
    assert len(titles) == 20
    assert titles[:3] == ["One-off 18", "One-off 19", "One-off 20"]
    assert titles.count("Weekly") == 2
    assert response.content.decode().count("event-item--cancelled") == 1
    assert weekly.pk in read_in_full
    assert len(read_in_full) == 19


def test_the_month_calendar_puts_events_on_their_days(client, cities):
    alpha, _beta = cities
    _event(alpha, 2, title_en="Wednesday meeting")
    EventFactory(
        municipality=alpha.municipality,
        title_en="Fair",
        all_day=True,
        starts_at=local(2027, 2, 10, 0, 0),
        ends_at=local(2027, 2, 12, 0, 0),
    )

    response = client.get("/en/events/2027/2/", HTTP_HOST=alpha.host)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert "<caption>February 2027</caption>" in html
    cells = re.findall(r"<td class=\"month__day[^\"]*\"[^>]*>(.*?)</td>", html, re.S)
    assert len(cells) % 7 == 0
    # February 2027 starts on a Monday: the first week's Sunday is 31 January.
    assert "31.1" in cells[0]
    by_day = {
        int(re.search(r'class="month__date">(\d+)<', cell).group(1)): cell
        for cell in cells
        if re.search(r'class="month__date">(\d+)<', cell)
    }
    assert re.search(
        r'<time\s+datetime="2027-02-03T18:00:00\+02:00">18:00</time> Wednesday meeting',
        by_day[3],
    )
    assert "Fair" in by_day[10] and "Fair" in by_day[11] and "Fair" not in by_day[12]


def test_the_month_calendar_marks_what_is_called_off(client, cities):
    alpha, _beta = cities
    weekly = _event(
        alpha,
        2,
        title_en="Choir",
        slug_en="choir",
        repeats=Event.Repeats.WEEKLY,
        repeat_until=datetime.date(2027, 2, 28),
    )
    Cancellation.objects.create(event=weekly, date=_at(9).date())
    _event(alpha, 4, title_en="Film", is_cancelled=True)
    # No English title: the Hebrew one is shown, marked as Hebrew.
    _event(alpha, 5, title_he="ערב שכונה", title_en="")

    html = client.get("/en/events/2027/2/", HTTP_HOST=alpha.host).content.decode()

    entries = re.findall(r"<li[^>]*><a [^>]*>.*?</li>", html, re.S)
    choir = [entry for entry in entries if "Choir" in entry]
    assert len(choir) == 4
    assert [("month__event--cancelled" in entry) for entry in choir] == [
        False,
        True,
        False,
        False,
    ]
    assert '<li class="month__event--cancelled">' in choir[1]
    assert choir[1].endswith("</a> <span>(cancelled)</span></li>")
    # Each of a weekly event's entries links to it, the first as the last.
    assert all('href="/en/events/choir/">' in entry for entry in choir)
    (film,) = [entry for entry in entries if "Film" in entry]
    assert "month__event--cancelled" in film
    assert "/choir/" not in film
    (hebrew,) = [entry for entry in entries if "ערב שכונה" in entry]
    assert 'lang="he" dir="rtl"' in hebrew
    assert "cancelled" not in hebrew


def test_the_hebrew_month_has_hebrew_dates_and_starts_on_sunday(client, cities):
    alpha, _beta = cities

    html = client.get("/he/events/2027/2/", HTTP_HOST=alpha.host).content.decode()

    assert '<html lang="he" dir="rtl">' in html
    headers = re.findall(r'<th scope="col">([^<]+)</th>', html)
    assert headers[0] == "ראשון"
    assert 'class="hebrew-date">' in html


@pytest.mark.parametrize(
    "path", ["/en/events/2027/13/", "/en/events/2099/1/", "/en/events/0/1/"]
)
def test_a_month_that_cannot_be_is_not_found(client, cities, path):
    alpha, _beta = cities

    assert client.get(path, HTTP_HOST=alpha.host).status_code == HTTPStatus.NOT_FOUND


def test_an_events_page_gives_its_details_in_israeli_time(client, cities):
    alpha, _beta = cities
    event = _event(
        alpha,
        2,
        title_en="Residents' evening",
        slug_en="residents-evening",
        venue_address_en="12 Herzl Street",
        step_free=True,
        hearing_loop=True,
        registration_url="https://example.org/register",
    )

    response = client.get("/en/events/residents-evening/", HTTP_HOST=alpha.host)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert '<time datetime="2027-02-03T18:00:00+02:00">18:00</time>' in html
    assert "Step-free access" in html and "Hearing loop" in html
    assert 'href="https://example.org/register"' in html
    assert 'href="/en/events/residents-evening/event.ics" download' in html
    data = json.loads(
        re.search(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert data["@type"] == "Event"
    assert data["name"] == "Residents' evening"
    assert data["startDate"] == "2027-02-03T18:00:00+02:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"][0]["address"]["streetAddress"] == "12 Herzl Street"
    assert event.get_absolute_url() == "/en/events/residents-evening/"


def test_the_hebrew_page_gives_the_jewish_calendar_date_too(client, cities):
    alpha, _beta = cities
    event = _event(alpha, 2)

    html = client.get(
        event.get_absolute_url().replace("/en/", "/he/"), HTTP_HOST=alpha.host
    )

    assert 'class="hebrew-date">' in html.content.decode()


def test_a_cancelled_event_says_so(client, cities):
    alpha, _beta = cities
    event = _event(alpha, 2, slug_en="film", is_cancelled=True)

    html = client.get("/en/events/film/", HTTP_HOST=alpha.host).content.decode()

    assert "This event is cancelled." in html
    assert '"eventStatus": "https://schema.org/EventCancelled"' in html
    assert event.is_cancelled


def test_another_citys_event_is_not_found_here(client, cities):
    alpha, beta = cities
    _event(beta, 2, slug_en="theirs")

    assert client.get("/en/events/theirs/", HTTP_HOST=alpha.host).status_code == 404
    assert client.get("/en/events/theirs/", HTTP_HOST=beta.host).status_code == 200


def test_past_events_are_kept_in_an_archive(client, cities):
    alpha, _beta = cities
    _event(alpha, -30, title_en="Long ago")
    _event(alpha, -3, title_en="Last week")
    _event(alpha, 3, title_en="Coming")

    response = client.get("/en/events/past/", HTTP_HOST=alpha.host)

    assert _titles(response) == ["Last week", "Long ago"]


@pytest.mark.parametrize(
    "path", ["/en/events/", "/en/events/2027/2/", "/en/events/past/"]
)
def test_the_lists_cost_the_same_few_queries_whatever_their_length(
    client, cities, page_cache_off, django_assert_max_num_queries, path
):
    alpha, _beta = cities
    music = TopicFactory()
    for day in range(3):
        _event(alpha, day * 2 - 3, topics=[music])
    client.get(path, HTTP_HOST=alpha.host)
    with django_assert_max_num_queries(6) as few:
        client.get(path, HTTP_HOST=alpha.host)
    for day in range(30):
        weekly = _event(
            alpha,
            day - 10,
            topics=[music],
            repeats=Event.Repeats.WEEKLY,
            repeat_until=datetime.date(2027, 4, 1),
        )
        Cancellation.objects.create(
            event=weekly, date=weekly.occurrences()[1].start_date
        )
        _event(alpha, day - 10, topics=[music])

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(path, HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.OK


def test_events_are_in_the_sitemap(client, cities):
    alpha, _beta = cities
    event = _event(alpha, 2, slug_en="in-the-map")

    xml = client.get("/sitemap.xml", HTTP_HOST=alpha.host).content.decode()

    assert f"http://{alpha.host}/en/events/in-the-map/" in xml
    assert f"http://{alpha.host}/he/events/{quote(event.slug_he)}/" in xml
