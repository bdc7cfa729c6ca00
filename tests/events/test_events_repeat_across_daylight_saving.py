"""A repeating event keeps its local time when the clocks change: a weekly
18:00 stays at 18:00 in Israel before and after the end of summer time,
which moves it by an hour in UTC. Monthly ones follow their weekday
("second Tuesday"), and a cancelled date stays in the list, marked."""

import datetime

import pytest

from events.models import Cancellation, Event
from tests.events.factories import EventFactory, local

pytestmark = pytest.mark.django_db

# Israel's summer time ended at 02:00 on Sunday 25 October 2026.
BEFORE_THE_CHANGE = local(2026, 10, 13, 18, 0)  # a Tuesday, UTC+3


def _weekly(**extra):
    return EventFactory(
        starts_at=BEFORE_THE_CHANGE,
        ends_at=BEFORE_THE_CHANGE + datetime.timedelta(hours=1, minutes=30),
        repeats=Event.Repeats.WEEKLY,
        repeat_until=datetime.date(2026, 11, 10),
        **extra,
    )


def test_a_weekly_evening_stays_at_six_in_the_evening():
    occurrences = _weekly().occurrences()

    assert [o.start_date for o in occurrences] == [
        datetime.date(2026, 10, 13),
        datetime.date(2026, 10, 20),
        datetime.date(2026, 10, 27),
        datetime.date(2026, 11, 3),
        datetime.date(2026, 11, 10),
    ]
    assert {
        (o.starts_at.hour, o.ends_at.hour, o.ends_at.minute) for o in occurrences
    } == {(18, 19, 30)}
    in_utc = [o.starts_at.astimezone(datetime.UTC).hour for o in occurrences]
    assert in_utc == [15, 15, 16, 16, 16]


def test_its_last_end_is_stored_for_the_lists():
    event = _weekly()
    event.refresh_from_db()

    assert event.last_ends_at == local(2026, 11, 10, 19, 30)


def test_a_window_gives_the_occurrences_inside_it_and_the_one_still_on():
    event = _weekly()

    inside = event.occurrences(start=local(2026, 10, 27, 19, 0), end=local(2026, 11, 4))

    assert [o.start_date for o in inside] == [
        datetime.date(2026, 10, 27),  # still on at 19:00
        datetime.date(2026, 11, 3),
    ]


def test_a_cancelled_date_is_kept_and_marked():
    event = _weekly()
    Cancellation.objects.create(event=event, date=datetime.date(2026, 10, 27))

    marked = {o.start_date: o.cancelled for o in event.occurrences()}

    assert marked[datetime.date(2026, 10, 27)] is True
    assert not any(cancelled for day, cancelled in marked.items() if day.day != 27)


def test_a_monthly_meeting_follows_its_weekday():
    second_tuesday = local(2026, 9, 8, 10, 0)
    event = EventFactory(
        starts_at=second_tuesday,
        ends_at=second_tuesday + datetime.timedelta(hours=2),
        repeats=Event.Repeats.MONTHLY,
        repeat_until=datetime.date(2027, 1, 31),
    )

    days = [o.start_date for o in event.occurrences()]

    assert days == [
        datetime.date(2026, 9, 8),
        datetime.date(2026, 10, 13),
        datetime.date(2026, 11, 10),
        datetime.date(2026, 12, 8),
        datetime.date(2027, 1, 12),
    ]
    assert {o.starts_at.hour for o in event.occurrences()} == {10}


def test_a_last_weekday_of_the_month_stays_the_last():
    last_thursday = local(2026, 10, 29, 19, 0)  # the fifth Thursday
    event = EventFactory(
        starts_at=last_thursday,
        ends_at=last_thursday + datetime.timedelta(hours=2),
        repeats=Event.Repeats.MONTHLY,
        repeat_until=datetime.date(2027, 1, 31),
    )

    assert [o.start_date for o in event.occurrences()] == [
        datetime.date(2026, 10, 29),
        datetime.date(2026, 11, 26),
        datetime.date(2026, 12, 31),
        datetime.date(2027, 1, 28),
    ]


def test_an_all_day_event_covers_its_days_in_local_time():
    event = EventFactory(
        all_day=True,
        starts_at=local(2026, 10, 24, 0, 0),
        ends_at=local(2026, 10, 26, 0, 0),
    )

    (occurrence,) = event.occurrences()

    assert occurrence.start_date == datetime.date(2026, 10, 24)
    assert occurrence.end_date == datetime.date(2026, 10, 25)
