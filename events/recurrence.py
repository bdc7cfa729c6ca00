"""When an event takes place: its occurrences, worked out in local wall-clock
time (Asia/Jerusalem) so that a weekly 18:00 stays at 18:00 across a
daylight-saving change, then stored and compared in UTC."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.utils import timezone

# The longest a repeating event may run: a year of weekly evenings is a
# programme; anything longer is a new event with its own details.
LONGEST_REPETITION = datetime.timedelta(days=2 * 366)
WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)


def local_zone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Occurrence:
    """One time an event takes place (its start and end, aware, local)."""

    event: object
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    cancelled: bool = False

    @property
    def is_called_off(self):
        """Residents should not come: this date was cancelled, or the whole
        event was."""
        return self.cancelled or self.event.is_cancelled

    @property
    def start_date(self):
        return self.starts_at.date()

    @property
    def end_date(self):
        """The last day it takes place on (an all-day event's end is the
        midnight after its last day)."""
        if self.event.all_day:
            return (self.ends_at - datetime.timedelta(days=1)).date()
        return self.ends_at.date()


def week_of_month(day):
    """Which of the month's weekdays ``day`` is: 1 for the first Tuesday,
    -1 for the last (a fifth Tuesday does not come every month)."""
    number = (day.day - 1) // 7 + 1
    return -1 if number == 5 else number


def rule_of(event):
    """The dateutil rule of a repeating event, in local wall-clock time
    (naive), or None for a one-off."""
    if not event.repeats:
        return None
    start = timezone.localtime(event.starts_at, local_zone()).replace(tzinfo=None)
    until = datetime.datetime.combine(event.repeat_until, datetime.time.max)
    weekday = WEEKDAYS[start.weekday()]
    if event.repeats == event.Repeats.WEEKLY:
        return rrule.rrule(rrule.WEEKLY, dtstart=start, until=until)
    return rrule.rrule(
        rrule.MONTHLY,
        dtstart=start,
        until=until,
        byweekday=weekday(week_of_month(start)),
    )


def occurrences(event, start=None, end=None, cancelled_dates=None):
    """The event's occurrences that overlap [start, end), in order;
    ``cancelled_dates`` (local dates) are kept, marked cancelled."""
    zone = local_zone()
    local_start = timezone.localtime(event.starts_at, zone).replace(tzinfo=None)
    local_end = timezone.localtime(event.ends_at, zone).replace(tzinfo=None)
    length = local_end - local_start
    rule = rule_of(event)
    if cancelled_dates is None:
        cancelled_dates = event.cancelled_dates()
    # Widen the window by the event's length: an occurrence that started
    # before ``start`` may still be on.
    window_start = (
        timezone.localtime(start, zone).replace(tzinfo=None) - length if start else None
    )
    window_end = timezone.localtime(end, zone).replace(tzinfo=None) if end else None
    if rule is None:
        starts = [local_start]
    elif window_start or window_end:
        starts = rule.between(
            window_start or local_start,
            window_end
            or datetime.datetime.combine(event.repeat_until, datetime.time.max),
            inc=True,
        )
    else:
        starts = list(rule)
    found = []
    for naive_start in starts:
        occurrence = Occurrence(
            event=event,
            starts_at=naive_start.replace(tzinfo=zone),
            ends_at=(naive_start + length).replace(tzinfo=zone),
            cancelled=naive_start.date() in cancelled_dates,
        )
        if start and occurrence.ends_at <= start:
            continue
        if end and occurrence.starts_at >= end:
            continue
        found.append(occurrence)
    return found


def last_end(event):
    """When the event's last occurrence ends (aware)."""
    rule = rule_of(event)
    if rule is None:
        return event.ends_at
    zone = local_zone()
    local_start = timezone.localtime(event.starts_at, zone).replace(tzinfo=None)
    length = timezone.localtime(event.ends_at, zone).replace(tzinfo=None) - local_start
    last = rule.before(
        datetime.datetime.combine(event.repeat_until, datetime.time.max), inc=True
    )
    return ((last or local_start) + length).replace(tzinfo=zone)
