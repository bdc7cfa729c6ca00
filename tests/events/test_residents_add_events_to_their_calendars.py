"""Residents add one event to their own calendar (an .ics download) or
subscribe to a site's, a topic's or a department's events. The files are
read back here with ``icalendar`` and checked field by field: a UID that
stays across edits, a SEQUENCE that goes up, Israeli time with its
VTIMEZONE, repetition as RRULE and EXDATE, cancelled events as CANCELLED."""

import datetime
from http import HTTPStatus

import icalendar
import pytest
from dateutil.rrule import rrulestr

from events.models import Cancellation, Event
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import TopicFactory
from tests.events.factories import JERUSALEM, EventFactory, local

pytestmark = pytest.mark.django_db

START = local(2027, 3, 2, 18, 0)  # a Tuesday, before summer time starts


def _calendar(response):
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def _events(calendar):
    return {str(vevent["UID"]): vevent for vevent in calendar.walk("VEVENT")}


@pytest.fixture
def weekly(cities):
    alpha, _beta = cities
    event = EventFactory(
        municipality=alpha.municipality,
        title_en="Volunteers' evening",
        slug_en="volunteers-evening",
        starts_at=START,
        ends_at=START + datetime.timedelta(hours=2),
        repeats=Event.Repeats.WEEKLY,
        repeat_until=datetime.date(2027, 4, 6),
        venue_name_en="Community centre",
        venue_address_en="12 Herzl Street",
    )
    Cancellation.objects.create(event=event, date=datetime.date(2027, 3, 30))
    event.refresh_from_db()
    return event


def test_one_event_downloads_as_a_calendar_file(client, cities, weekly):
    alpha, _beta = cities

    response = client.get(
        "/en/events/volunteers-evening/event.ics", HTTP_HOST=alpha.host
    )

    assert response["Content-Disposition"] == (
        f'attachment; filename="event-{weekly.pk}.ics"'
    )
    calendar = _calendar(response)
    assert str(calendar["METHOD"]) == "PUBLISH"
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == f"event-{weekly.pk}@community-cms"
    assert str(vevent["SUMMARY"]) == "Volunteers' evening"
    assert str(vevent["LOCATION"]) == "Community centre, 12 Herzl Street"
    assert str(vevent["URL"]) == (f"http://{alpha.host}/en/events/volunteers-evening/")
    start = vevent.decoded("DTSTART")
    assert start == START
    assert start.tzinfo.key == "Asia/Jerusalem"
    assert vevent["DTSTART"].params["TZID"] == "Asia/Jerusalem"
    assert vevent.decoded("DTEND") == local(2027, 3, 2, 20, 0)
    rule = vevent["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["UNTIL"] == [
        datetime.datetime(2027, 4, 6, 20, 59, 59, tzinfo=datetime.UTC)
    ]
    (excluded,) = vevent["EXDATE"].dts
    assert excluded.dt == local(2027, 3, 30, 18, 0)
    assert str(vevent["STATUS"]) == "CONFIRMED"
    zones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in zones] == ["Asia/Jerusalem"]


def test_the_repetition_reads_back_across_the_clock_change(client, cities, weekly):
    alpha, _beta = cities
    response = client.get(
        "/en/events/volunteers-evening/event.ics", HTTP_HOST=alpha.host
    )
    (vevent,) = _calendar(response).walk("VEVENT")

    # What a calendar application does with the rule: every occurrence at
    # 18:00 Israeli time, before and after summer time starts (26 March).
    rule = rrulestr(
        vevent["RRULE"].to_ical().decode(), dtstart=vevent.decoded("DTSTART")
    )
    excluded = {moment.dt for moment in vevent["EXDATE"].dts}
    starts = [moment for moment in rule if moment not in excluded]
    assert [moment.astimezone(JERUSALEM).hour for moment in starts] == [18] * 5
    assert [moment.astimezone(datetime.UTC).hour for moment in starts] == [
        16, 16, 16, 16, 15,
    ]  # fmt: skip
    assert datetime.date(2027, 3, 30) not in {moment.date() for moment in starts}


def test_the_uid_stays_and_the_sequence_goes_up_on_a_change(client, cities, weekly):
    alpha, _beta = cities
    url = "/en/events/volunteers-evening/event.ics"
    before = _calendar(client.get(url, HTTP_HOST=alpha.host)).walk("VEVENT")[0]

    weekly.starts_at += datetime.timedelta(hours=1)
    weekly.ends_at += datetime.timedelta(hours=1)
    weekly.save()
    after = _calendar(client.get(url, HTTP_HOST=alpha.host)).walk("VEVENT")[0]

    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART") == local(2027, 3, 2, 19, 0)


def test_a_change_calendars_need_not_show_keeps_the_sequence(cities, weekly):
    sequence = weekly.sequence
    weekly.summary_en = "A slightly longer summary."
    weekly.save()

    assert Event.objects.get(pk=weekly.pk).sequence == sequence


def test_a_cancelled_event_is_sent_as_cancelled(client, cities):
    alpha, _beta = cities
    cancelled = EventFactory(municipality=alpha.municipality, is_cancelled=True)

    calendar = _calendar(
        client.get("/he/events/calendar/all.ics", HTTP_HOST=alpha.host)
    )

    assert str(_events(calendar)[f"event-{cancelled.pk}@community-cms"]["STATUS"]) == (
        "CANCELLED"
    )


def test_an_all_day_event_has_dates_not_times(client, cities):
    alpha, _beta = cities
    fair = EventFactory(
        municipality=alpha.municipality,
        all_day=True,
        slug_en="fair",
        starts_at=local(2027, 5, 6, 0, 0),
        ends_at=local(2027, 5, 8, 0, 0),
    )

    vevent = _calendar(
        client.get("/en/events/fair/event.ics", HTTP_HOST=alpha.host)
    ).walk("VEVENT")[0]

    assert vevent.decoded("DTSTART") == datetime.date(2027, 5, 6)
    assert vevent.decoded("DTEND") == datetime.date(2027, 5, 8)  # exclusive
    assert fair.occurrences()[0].end_date == datetime.date(2027, 5, 7)


def test_the_site_feed_has_the_sites_published_events_only(client, cities, weekly):
    alpha, beta = cities
    draft = EventFactory(
        municipality=alpha.municipality, status=WorkflowStatus.DRAFT, published_at=None
    )
    theirs = EventFactory(municipality=beta.municipality)

    calendar = _calendar(
        client.get("/he/events/calendar/all.ics", HTTP_HOST=alpha.host)
    )

    uids = set(_events(calendar))
    assert f"event-{weekly.pk}@community-cms" in uids
    assert f"event-{draft.pk}@community-cms" not in uids
    assert f"event-{theirs.pk}@community-cms" not in uids
    assert str(calendar["X-WR-CALNAME"]) == str(alpha.site.name)


def test_topic_and_department_feeds_narrow_it_down(client, cities, weekly):
    alpha, _beta = cities
    music = TopicFactory(slug="music")
    concert = EventFactory(municipality=alpha.municipality, topics=[music])
    talk = EventFactory(municipality=alpha.municipality, department=alpha.department)

    by_topic = _events(
        _calendar(
            client.get("/he/events/calendar/topic/music.ics", HTTP_HOST=alpha.host)
        )
    )
    by_department = _events(
        _calendar(
            client.get(
                f"/he/events/calendar/department/{alpha.department.slug}.ics",
                HTTP_HOST=alpha.host,
            )
        )
    )

    assert set(by_topic) == {f"event-{concert.pk}@community-cms"}
    assert set(by_department) == {f"event-{talk.pk}@community-cms"}
    assert str(by_topic[f"event-{concert.pk}@community-cms"]["CATEGORIES"].cats[0]) == (
        music.name
    )


def test_another_citys_event_cannot_be_downloaded_here(client, cities, weekly):
    _alpha, beta = cities

    response = client.get(
        "/en/events/volunteers-evening/event.ics", HTTP_HOST=beta.host
    )

    assert response.status_code == HTTPStatus.NOT_FOUND
