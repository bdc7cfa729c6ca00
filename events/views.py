import calendar
import datetime

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.formats import date_format
from pyluach import dates as hebrew_dates

from articles.models import Topic
from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page, page_shows_municipality
from core.pagination import CompiledRows, paginate
from departments.models import CommunityDepartment
from events import calendars, schema
from events.forms import EventFilterForm
from events.models import Event, occurrences_in_full
from events.recurrence import local_zone
from municipalities.views import workflow_preview

EVENTS_PER_PAGE = 20
NEXT_OCCURRENCES = 8
# The calendar goes back and forward this many years from today, no further:
# beyond that an address is a crawler counting months.
MONTHS_REACH_YEARS = 5


# The event at a slug on a site, compiled once per language
# (core.compiled_queries).
EVENT_AT_SLUG = CompiledQuery(
    lambda slug, municipality_id, now: (
        Event.objects.published(at=now)
        .on_site_of(municipality_id)
        .with_slug(slug)
        .select_related("municipality", "department", "image", "partnership")[:1]
    ),
    slug=str,
    municipality_id=int,
    now=datetime.datetime,
)

# The past events: counted, and read a page at a time, from SQL compiled
# once per language.
PAST_EVENTS = CompiledQuery(
    lambda site_municipality_id, now: (
        Event.objects.published(at=now)
        .on_site_of(site_municipality_id)
        .past(at=now)
        .for_archive()
    ),
    site_municipality_id=int,
    now=datetime.datetime,
)


def _site_events(request):
    return Event.objects.published().on_site(request.site)


@cache_public_page(query=[*EventFilterForm.base_fields, "page"])
def event_list(request):
    form = EventFilterForm(request.GET or None)
    start, end = form.window()
    events = form.filter(_site_events(request))
    page_obj = Paginator(events.occurrence_times(start, end), EVENTS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    page_obj.object_list = occurrences_in_full(page_obj.object_list)
    today = timezone.localdate()
    return render(
        request,
        "events/event_list.html",
        {"form": form, "page_obj": page_obj, "this_month": today},
    )


@cache_public_page(query=["page"])
def past_events(request):
    events = CompiledRows(
        PAST_EVENTS,
        site_municipality_id=request.site.municipality_id,
        now=timezone.now(),
    )
    return render(
        request,
        "events/past_events.html",
        {
            "page_obj": paginate(request, events, EVENTS_PER_PAGE),
            "this_month": timezone.localdate(),
        },
    )


@cache_public_page
def event_month(request, year, month):
    today = timezone.localdate()
    if not (1 <= month <= 12 and abs(year - today.year) <= MONTHS_REACH_YEARS):
        raise Http404
    first = datetime.date(year, month, 1)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    zone = local_zone()
    start = datetime.datetime.combine(first, datetime.time(0), zone)
    end = datetime.datetime.combine(following, datetime.time(0), zone)
    events = _site_events(request).for_month()
    by_day = {}
    for occurrence in events.occurrences(start, end):
        day = max(occurrence.start_date, first)
        while day <= occurrence.end_date and day < following:
            by_day.setdefault(day, []).append(occurrence)
            day += datetime.timedelta(days=1)
    hebrew = translation.get_language() == "he"
    # Weeks start on Sunday, as in Israel.
    weeks = [
        [
            {
                "date": day,
                "in_month": day.month == month,
                "is_today": day == today,
                "occurrences": by_day.get(day, []),
                "hebrew_day": hebrew_dates.GregorianDate.from_pydate(day)
                .to_heb()
                .hebrew_day()
                if hebrew
                else "",
            }
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=6).monthdatescalendar(year, month)
    ]
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    return render(
        request,
        "events/event_month.html",
        {
            "month": first,
            "month_name": date_format(first, "YEAR_MONTH_FORMAT"),
            "weekdays": [date_format(cell["date"], "l") for cell in weeks[0]],
            "weeks": weeks,
            "has_events": bool(by_day),
            "previous": previous
            if abs(previous.year - today.year) <= MONTHS_REACH_YEARS
            else None,
            "following": following
            if abs(following.year - today.year) <= MONTHS_REACH_YEARS
            else None,
        },
    )


def _published_event(request, slug):
    return EVENT_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id, now=timezone.now()
    )


def _render_detail(request, event, **context):
    event.read_page_relations()
    return render(
        request,
        "events/event_detail.html",
        {
            "event": event,
            "occurrences": event.next_occurrences(NEXT_OCCURRENCES),
            "json_ld": schema.event_json_ld(event, request),
            "translated_object": event,
            **context,
        },
    )


@cache_public_page
def event_detail(request, slug):
    event = _published_event(request, slug)
    if event.slug != slug:
        return redirect(event, permanent=True)
    page_shows_municipality(request, event.municipality_id)
    return _render_detail(request, event)


def event_preview(request, token):
    return workflow_preview(
        request,
        Event.objects.select_related("municipality"),
        token,
        lambda request, event: _render_detail(request, event, is_preview=True),
    )


def _ics(content, filename=None):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@cache_public_page
def event_ics(request, slug):
    """One event, to add to one's own calendar."""
    event = _published_event(request, slug)
    page_shows_municipality(request, event.municipality_id)
    return _ics(
        calendars.calendar_of([event], request, name=event.title, method="PUBLISH"),
        filename=f"event-{event.pk}.ics",
    )


@cache_public_page
def site_calendar(request):
    """Every event of the site, for calendar applications to subscribe to."""
    return _ics(
        calendars.calendar_of(
            calendars.feed_events(_site_events(request)),
            request,
            name=request.site.name,
        )
    )


@cache_public_page
def topic_calendar(request, slug):
    topic = get_object_or_404(Topic, slug=slug)
    return _ics(
        calendars.calendar_of(
            calendars.feed_events(_site_events(request).filter(topics=topic)),
            request,
            name=f"{request.site.name}: {topic.name}",
        )
    )


@cache_public_page
def department_calendar(request, slug):
    department = get_object_or_404(
        CommunityDepartment.objects.published().on_site(request.site), slug=slug
    )
    return _ics(
        calendars.calendar_of(
            calendars.feed_events(_site_events(request).filter(department=department)),
            request,
            name=f"{request.site.name}: {department.name}",
        )
    )
