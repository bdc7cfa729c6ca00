"""What's on: events a municipality's community department runs or takes
part in, with the same workflow, revisions and tenancy as articles, and
occurrences worked out from a simple repetition rule (events.recurrence)."""

import bisect
import dataclasses
import datetime
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.signals import setting_changed
from django.db import models
from django.db.models import F
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from articles.models import Topic
from core.compiled_queries import CompiledQuery
from core.models import (
    fill_translated_slugs,
    if_published,
    in_language_or_default,
    page_columns,
)
from departments.models import CommunityDepartment
from events import recurrence
from library.models import Image
from municipalities.models import Municipality
from municipalities.workflow import WorkflowModel, WorkflowQuerySet
from partners.models import PartnerOrganization, Population
from partnerships.models import Delegation, Partnership

# Changes that make a calendar application show the event again: the
# iCalendar SEQUENCE goes up when one of them changes (RFC 5545, 3.8.7.4).
CALENDAR_FIELDS = (
    "starts_at", "ends_at", "all_day", "repeats", "repeat_until", "is_cancelled",
    "venue_name", "venue_address", "online_url", "title",
)  # fmt: skip


class OccurrenceTime(NamedTuple):
    """When an occurrence starts; the whole occurrence of a repeating event."""

    starts_at: datetime.datetime
    event_pk: int
    occurrence: recurrence.Occurrence | None = None


class EventQuerySet(WorkflowQuerySet):
    def between(self, start, end):
        """Events with an occurrence that overlaps [start, end)."""
        return self.filter(starts_at__lt=end, last_ends_at__gt=start)

    def past(self, at=None):
        """Events whose last occurrence has ended (by ``at``, now unless
        given)."""
        return self.filter(last_ends_at__lte=timezone.now() if at is None else at)

    def for_archive(self):
        """What the list of past events shows of an event (its dates, title
        and summary), the latest ended first, and nothing else: its long
        texts are translated, so fourfold."""
        return self.only(
            *page_columns(
                self.model,
                "slug",
                "title",
                "summary",
                "starts_at",
                "last_ends_at",
                "repeats",
                "is_cancelled",
            )
        ).order_by("-last_ends_at", "-pk")

    def for_listing(self):
        """What the list of coming events shows of an event, without its
        long texts."""
        texts = [
            build_localized_fieldname(name, code)
            for name in ("description", "accessibility_note", "capacity_note")
            for code, _name in settings.LANGUAGES
        ]
        return self.defer(*texts).order_by("starts_at", "pk")

    def with_slug(self, slug):
        """The event at ``slug`` in the current language, or in Hebrew (the
        address every event has)."""
        return self.filter(in_language_or_default("slug", slug))

    def for_month(self):
        """What the month calendar shows of an event: its title and
        address, its times and whether it is cancelled, and nothing else (a
        month on the portal holds a hundred events)."""
        return self.only(
            *page_columns(
                self.model, "slug", "title", "is_cancelled", *EventTiming._fields
            )
        ).order_by("starts_at", "pk")

    def occurrences(self, start, end):
        """The occurrences of these events that overlap [start, end), in
        order, with their cancelled dates."""
        events = list(self.between(start, end))
        cancelled = Cancellation.objects.dates_by_event(event.pk for event in events)
        return sorted(
            (
                occurrence
                for event in events
                for occurrence in recurrence.occurrences(
                    event, start, end, cancelled_dates=cancelled[event.pk]
                )
            ),
            key=lambda occurrence: (occurrence.starts_at, occurrence.event.pk),
        )

    def occurrence_times(self, start, end):
        """When the occurrences that overlap [start, end) take place, in
        order, read from a few columns (a one-off event by its start alone):
        enough to count and page a list of hundreds of events, of which
        ``occurrences_in_full()`` then reads one page's."""
        times = []
        for pk, *timing in (
            self.between(start, end).order_by().values_list("pk", *EventTiming._fields)
        ):
            timed = EventTiming(*timing)
            if timed.repeats:
                times += repeated_series(pk, timed).overlapping(start, end)
            else:
                times.append(OccurrenceTime(timed.starts_at, pk))
        return sorted(times, key=lambda time: (time.starts_at, time.event_pk))


class Event(WorkflowModel):
    class Repeats(models.TextChoices):
        WEEKLY = "weekly", _("Every week, on the same day")
        MONTHLY = "monthly", _("Every month, on the same weekday (e.g. second Tuesday)")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_(
            "The event's part of the web address. Filled in from the title "
            "when left empty."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences, shown in lists and calendars."),
    )
    description = models.TextField(_("description"), blank=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="events",
        verbose_name=_("municipality"),
    )
    department = models.ForeignKey(
        CommunityDepartment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organising department"),
    )
    organisers = models.ManyToManyField(
        PartnerOrganization,
        blank=True,
        related_name="events",
        verbose_name=_("partner organizations organising it"),
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="events", verbose_name=_("topics")
    )
    audiences = models.ManyToManyField(
        Population,
        blank=True,
        related_name="events",
        verbose_name=_("for whom"),
    )
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("related partnership"),
    )
    delegation = models.ForeignKey(
        Delegation,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("delegation visit"),
        help_text=_(
            "An event of a delegation's visit: its title, days and partnership "
            "are taken from the visit when left empty."
        ),
    )
    image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo"),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("The times are ignored: it lasts from the first day to the last."),
    )
    repeats = models.CharField(
        _("repeats"), max_length=10, choices=Repeats.choices, blank=True
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    venue_name = models.CharField(_("venue"), max_length=150, blank=True)
    venue_address = models.CharField(_("address"), max_length=250, blank=True)
    map_url = models.URLField(
        _("map link"),
        blank=True,
        help_text=_("A link to the venue on a map (https://...)."),
    )
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessibility_note = models.TextField(
        _("more on accessibility"),
        max_length=500,
        blank=True,
        help_text=_("E.g. sign-language interpreting, reserved parking, seating."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to join online, if it is also (or only) online."),
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"),
        max_length=150,
        blank=True,
        help_text=_("E.g. 20 NIS, 10 NIS for pensioners."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Leave empty when no registration is needed."),
    )
    capacity_note = models.CharField(
        _("places"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 100 places, first come first served."),
    )
    is_cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_(
            "A cancelled event stays on the site, marked cancelled, and "
            "calendars that subscribed are told."
        ),
    )
    # Denormalized on save, so that lists find what is on without expanding
    # every repeating event in Python.
    last_ends_at = models.DateTimeField(editable=False, db_index=True)
    sequence = models.PositiveIntegerField(editable=False, default=0)

    objects = EventQuerySet.as_manager()

    municipality_path = "municipality"
    rich_text_fields = ("description",)
    preview_url_name = "events:preview"

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(
                fields=["status", "starts_at", "last_ends_at"], name="event_public"
            ),
            models.Index(
                fields=["municipality", "status", "starts_at"],
                name="event_by_municipality",
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at:
            if self.all_day:
                self._whole_days()
            if self.ends_at <= self.starts_at:
                errors["ends_at"] = _("The end must come after the start.")
        if self.repeats and not self.repeat_until:
            errors["repeat_until"] = _("Say until when it repeats.")
        elif self.repeats and self.starts_at:
            first = timezone.localtime(self.starts_at).date()
            if self.repeat_until < first:
                errors["repeat_until"] = _("The repetition must end after it starts.")
            elif self.repeat_until - first > recurrence.LONGEST_REPETITION:
                errors["repeat_until"] = _(
                    "An event may repeat for two years at most: open a new one "
                    "after that."
                )
        if not self.repeats:
            self.repeat_until = None
        if not self.is_free and not self.price:
            # On the source language's field: the form has one per language.
            errors[build_localized_fieldname("price", settings.LANGUAGE_CODE)] = _(
                "Say what it costs, or mark it free of charge."
            )
        for name, related in (
            ("department", self.department),
            ("partnership", self.partnership),
        ):
            if (
                related is not None
                and self.municipality_id
                and related.municipality_id != self.municipality_id
            ):
                errors[name] = _("It belongs to another municipality.")
        if errors:
            raise ValidationError(errors)

    @staticmethod
    def values_from_delegation(visit):
        """A delegation's visit as an event, without typing it twice: its
        title and summary in each language, its days as a whole-day event,
        its partnership."""
        values = {
            build_localized_fieldname(field, code): getattr(
                visit, build_localized_fieldname(field, code)
            )
            for field in ("title", "summary")
            for code, _name in settings.LANGUAGES
        }
        values.update(
            all_day=True,
            starts_at=_local_midnight(visit.starts_on),
            ends_at=_local_midnight(visit.ends_on + datetime.timedelta(days=1)),
            partnership=visit.partnership,
        )
        return values

    def _whole_days(self):
        """An all-day event runs from the midnight that starts its first day
        to the midnight that ends its last."""
        first = timezone.localtime(self.starts_at).date()
        last = timezone.localtime(self.ends_at).date()
        if timezone.localtime(self.ends_at).time() == datetime.time(0) and last > first:
            last -= datetime.timedelta(days=1)
        self.starts_at = _local_midnight(first)
        self.ends_at = _local_midnight(max(first, last) + datetime.timedelta(days=1))

    def save(self, *args, **kwargs):
        fill_translated_slugs(self)
        self.last_ends_at = recurrence.last_end(self)
        if self.pk is not None and self._calendar_changed():
            self.sequence += 1
        super().save(*args, **kwargs)

    def _calendar_changed(self):
        translated = translator.get_options_for_model(Event).fields
        names = [
            localized
            for name in CALENDAR_FIELDS
            for localized in (
                [
                    build_localized_fieldname(name, code)
                    for code, _n in settings.LANGUAGES
                ]
                if name in translated
                else [name]
            )
        ]
        before = type(self)._base_manager.filter(pk=self.pk).values(*names).first()
        return before is not None and any(
            before[name] != getattr(self, name) for name in names
        )

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def read_page_relations(self):
        """Read what the event's page names besides the event, one plain
        query each: its topics, audiences, the published partner
        organizations among its organisers, and its cancelled dates (which
        its occurrences, its structured data and its days of rest read)."""
        self.page_topics = PAGE_TOPICS.run(event_id=self.pk)
        self.page_audiences = PAGE_AUDIENCES.run(event_id=self.pk)
        self.page_organisers = PAGE_ORGANISERS.run(event_id=self.pk)
        self.page_cancellations = PAGE_CANCELLATIONS.run(event_id=self.pk)
        return self

    @property
    def public_department(self):
        return if_published(self.department)

    @property
    def public_partnership(self):
        return if_published(self.partnership)

    def calendar_changed(self):
        """A change calendars must pick up that the event's own columns do
        not show (a date cancelled or restored)."""
        Event.objects.filter(pk=self.pk).update(
            sequence=F("sequence") + 1, updated_at=timezone.now()
        )

    def cancelled_dates(self):
        """The local dates on which a repeating event does not take place
        (read by ``read_page_relations`` on its page and through
        ``prefetch_related`` in the calendar feeds; the lists of occurrences
        read them for all their events at once,
        ``CancellationQuerySet.dates_by_event``)."""
        cancellations = getattr(self, "page_cancellations", None)
        if cancellations is None:
            cancellations = self.cancellations.all()
        return {cancellation.date for cancellation in cancellations}

    def occurrences(self, start=None, end=None):
        return recurrence.occurrences(self, start, end)

    def next_occurrences(self, count):
        """The next ``count`` occurrences that have not ended."""
        return self.occurrences(start=timezone.now())[:count]

    @property
    def venue_accessibility(self):
        """The venue's accessibility features that are present, by name."""
        return [
            self._meta.get_field(name).verbose_name
            for name in ("step_free", "accessible_toilet", "hearing_loop")
            if getattr(self, name)
        ]

    def days_of_rest(self):
        """The occurrences (first ones, a year at most) that fall on
        Shabbat or a Jewish holiday (events.calendar_days)."""
        from events.calendar_days import day_of_rest

        found = []
        for occurrence in self.occurrences()[:60]:
            name = day_of_rest(occurrence.starts_at, occurrence.ends_at)
            if name:
                found.append((occurrence, name))
        return found


class EventTiming(NamedTuple):
    """An event's times alone: all that events.recurrence reads of it, far
    cheaper to make than a model instance with its translated fields."""

    starts_at: datetime.datetime
    ends_at: datetime.datetime
    all_day: bool
    repeats: str
    repeat_until: datetime.date | None

    Repeats = Event.Repeats


class RepeatedSeries(NamedTuple):
    """Every occurrence of a repeating event, in order, with their starts
    and ends in UTC to find a window's among them."""

    times: tuple[OccurrenceTime, ...]
    starts: tuple[datetime.datetime, ...]
    ends: tuple[datetime.datetime, ...]

    def overlapping(self, start, end):
        """The occurrences that overlap [start, end)."""
        first = bisect.bisect_right(self.ends, start)
        return self.times[first : bisect.bisect_left(self.starts, end, lo=first)]


# A year of the coming events holds thousands of repeated dates, which
# dateutil works out in Python: a quarter of the list's time on the portal.
# An event's dates follow from its times alone, so a process keeps them
# under its id and times (a change of times is a new key); a series is at
# most two years of weeks.
@lru_cache(maxsize=512)
def repeated_series(event_pk, timed):
    """The ``RepeatedSeries`` of the event ``event_pk`` with the times
    ``timed`` (an ``EventTiming``), its cancelled dates left out."""
    # In UTC, as the database gives the one-offs' starts: comparing times
    # of one zone skips working out each one's offset.
    times = tuple(
        OccurrenceTime(
            occurrence.starts_at.astimezone(datetime.UTC), event_pk, occurrence
        )
        for occurrence in recurrence.occurrences(timed, cancelled_dates=frozenset())
    )
    return RepeatedSeries(
        times,
        tuple(time.starts_at for time in times),
        tuple(time.occurrence.ends_at.astimezone(datetime.UTC) for time in times),
    )


@receiver(setting_changed)
def _forget_repeated_series(setting, **kwargs):
    """Occurrences are worked out in the site's time zone (changed in tests)."""
    if setting == "TIME_ZONE":
        repeated_series.cache_clear()


# The events a list shows, by id, with what ``for_listing()`` reads of
# them: compiled once per language and number of ids (core.compiled_queries).
LISTED_EVENTS = CompiledQuery(lambda: Event.objects.for_listing())


def occurrences_in_full(occurrence_times):
    """The occurrences at ``occurrence_times`` (a page of
    ``EventQuerySet.occurrence_times()``) with their events as lists show
    them, and their cancelled dates."""
    event_pks = list(dict.fromkeys(time.event_pk for time in occurrence_times))
    events = {event.pk: event for event in LISTED_EVENTS.run_among_ids(event_pks)}
    cancelled = Cancellation.objects.dates_by_event(event_pks)
    found = []
    for time in occurrence_times:
        event = events.get(time.event_pk)
        if event is None:  # deleted in between
            continue
        if time.occurrence is None:
            (one_off,) = recurrence.occurrences(
                event, cancelled_dates=cancelled[event.pk]
            )
            found.append(one_off)
        else:
            found.append(
                dataclasses.replace(
                    time.occurrence,
                    event=event,
                    cancelled=time.occurrence.start_date in cancelled[event.pk],
                )
            )
    return found


def _local_midnight(day):
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time(0)), recurrence.local_zone()
    )


class CancellationQuerySet(models.QuerySet):
    def dates_by_event(self, event_pks):
        """The cancelled dates of the events ``event_pks``, by event, read
        as plain values in one query: a list of events reads them this way
        (``prefetch_related`` built a queryset and an instance for each,
        a third of the month calendar's reading)."""
        dates = defaultdict(set)
        found = self.filter(event__in=list(event_pks)).order_by()
        for event_pk, day in found.values_list("event", "date"):
            dates[event_pk].add(day)
        return dates


class Cancellation(models.Model):
    """A date on which a repeating event does not take place."""

    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="cancellations",
        verbose_name=_("event"),
    )
    date = models.DateField(_("date"))

    objects = CancellationQuerySet.as_manager()

    municipality_path = "event__municipality"

    class Meta:
        ordering = ["date"]
        verbose_name = _("cancelled date")
        verbose_name_plural = _("cancelled dates")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "date"], name="event_cancelled_once_a_day"
            )
        ]

    def __str__(self):
        return str(self.date)

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.event.calendar_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.event.calendar_changed()
        return result

    def clean(self):
        super().clean()
        if self.event_id and self.date and self.event.starts_at:
            dates = {
                occurrence.start_date
                for occurrence in recurrence.occurrences(
                    self.event, cancelled_dates=set()
                )
            }
            if self.date not in dates:
                raise ValidationError(
                    {"date": _("The event does not take place on that date.")}
                )


# What an event's page names besides the event, compiled once per language
# (core.compiled_queries).
PAGE_TOPICS = CompiledQuery(
    lambda event_id: Topic.objects.filter(events=event_id).order_by("name"),
    event_id=int,
)
PAGE_AUDIENCES = CompiledQuery(
    lambda event_id: Population.objects.filter(events=event_id).order_by("name"),
    event_id=int,
)
PAGE_ORGANISERS = CompiledQuery(
    lambda event_id: PartnerOrganization.objects.named_on_page(events=event_id),
    event_id=int,
)
PAGE_CANCELLATIONS = CompiledQuery(
    lambda event_id: Cancellation.objects.filter(event=event_id), event_id=int
)
