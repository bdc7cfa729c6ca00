"""Events as iCalendar (RFC 5545), written by the ``icalendar`` package:
one event to add to a calendar, and feeds to subscribe to. Each event keeps
its UID across edits and raises its SEQUENCE on a change calendars must
show; repetition is an RRULE with the cancelled dates as EXDATE, and times
carry the Asia/Jerusalem VTIMEZONE."""

import datetime

import icalendar
from django.utils import timezone
from django.utils.html import strip_tags

from events.recurrence import local_zone, week_of_month

# Subscribers see a few weeks back, so that what they attended stays in
# their calendar, and everything ahead.
FEED_DAYS_BACK = 60
FEED_LENGTH = 500
PRODUCT = "-//Municipal community departments//community_cms//HE"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def uid_of(event):
    """Stable for the life of the event, whatever is edited."""
    return f"event-{event.pk}@community-cms"


def feed_events(events):
    """What a subscribed calendar is sent: the events that have not ended
    long ago (cancelled ones too, so that calendars remove them)."""
    since = timezone.now() - datetime.timedelta(days=FEED_DAYS_BACK)
    return list(
        events.filter(last_ends_at__gte=since)
        .prefetch_related("cancellations", "topics")
        .order_by("starts_at", "pk")[:FEED_LENGTH]
    )


def calendar_of(events, request, *, name, method=None):
    """The iCalendar text of ``events``, in the request's language."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    calendar.add("x-wr-calname", str(name))
    calendar.add("x-wr-timezone", str(local_zone()))
    for event in events:
        calendar.add_component(_vevent(event, request))
    if events:
        # The time zone's rules for the years the events span, not since 1970.
        calendar.add_missing_timezones(
            first_date=min(event.starts_at for event in events)
            .date()
            .replace(day=1, month=1),
            last_date=max(event.last_ends_at for event in events)
            .date()
            .replace(day=31, month=12),
        )
    return calendar.to_ical()


def _vevent(event, request):
    vevent = icalendar.Event()
    vevent.add("uid", uid_of(event))
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", event.updated_at)
    vevent.add("last-modified", event.updated_at)
    vevent.add("created", event.created_at)
    vevent.add("summary", event.title)
    url = request.build_absolute_uri(event.get_absolute_url())
    vevent.add("url", url)
    description = "\n\n".join(
        part for part in (event.summary, strip_tags(event.description), url) if part
    )
    vevent.add("description", description)
    location = (
        ", ".join(part for part in (event.venue_name, event.venue_address) if part)
        or event.online_url
    )
    if location:
        vevent.add("location", location)
    start = timezone.localtime(event.starts_at, local_zone())
    end = timezone.localtime(event.ends_at, local_zone())
    if event.all_day:
        # DTEND of a whole-day event is the day after its last (exclusive).
        vevent.add("dtstart", start.date())
        vevent.add("dtend", end.date())
    else:
        vevent.add("dtstart", start)
        vevent.add("dtend", end)
    if event.repeats:
        vevent.add("rrule", _rule(event, start))
        cancelled = sorted(event.cancelled_dates())
        if cancelled:
            vevent.add(
                "exdate",
                [
                    day
                    if event.all_day
                    else datetime.datetime.combine(day, start.timetz())
                    for day in cancelled
                ],
            )
    vevent.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    topics = [topic.name for topic in event.topics.all()]
    if topics:
        vevent.add("categories", topics)
    return vevent


def _rule(event, start):
    # UNTIL is in UTC when DTSTART has a time zone (RFC 5545, 3.3.10).
    last_day = datetime.datetime.combine(
        event.repeat_until, datetime.time(23, 59, 59), local_zone()
    )
    until = event.repeat_until if event.all_day else last_day.astimezone(datetime.UTC)
    if event.repeats == event.Repeats.WEEKLY:
        return {"freq": "WEEKLY", "until": until}
    return {
        "freq": "MONTHLY",
        "until": until,
        "byday": f"{week_of_month(start.date())}{WEEKDAY_CODES[start.weekday()]}",
    }
