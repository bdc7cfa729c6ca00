"""Shabbat and the Jewish holidays on which work is not done: an event may
fall on one (a community evening after Shabbat ends, a holiday fair), but
staff are warned, since most residents they serve will not come."""

import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext
from pyluach import dates

SATURDAY = 5
FRIDAY = 4
# The evening before Shabbat or a holiday: the day of rest has begun for
# the purpose of a warning (sunset is between 16:35 and 19:50 here).
EVENING = datetime.time(16, 0)


def holiday_on(day):
    """The name of the holiday of rest on ``day`` (in Hebrew for Hebrew
    readers, else in English), or None."""
    return dates.GregorianDate.from_pydate(day).festival(
        israel=True,
        include_working_days=False,
        hebrew=translation.get_language() == "he",
    )


def day_of_rest(starts_at, ends_at):
    """The name of the day of rest the time from ``starts_at`` to
    ``ends_at`` touches (Shabbat or a holiday), or None."""
    start = timezone.localtime(starts_at)
    end = timezone.localtime(ends_at)
    day = start.date()
    while day <= end.date():
        if day.weekday() == SATURDAY:
            return gettext("Shabbat")
        if name := holiday_on(day):
            return name
        day += datetime.timedelta(days=1)
    # Starting on a Friday or the eve of a holiday, in the evening.
    if start.time() >= EVENING:
        if start.weekday() == FRIDAY:
            return gettext("Shabbat")
        if name := holiday_on(start.date() + datetime.timedelta(days=1)):
            return name
    return None
