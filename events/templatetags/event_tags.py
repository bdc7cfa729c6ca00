from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core.templatetags.public_tags import content_lang, display_date

register = template.Library()


def _time(moment):
    return format_html(
        '<time datetime="{}">{}</time>', moment.isoformat(), moment.strftime("%H:%M")
    )


@register.simple_tag
def occurrence_when(occurrence):
    """When an occurrence takes place, as residents read it: its day (with
    the Jewish calendar date on Hebrew pages) and its hours, or its days."""
    start = timezone.localtime(occurrence.starts_at)
    end = timezone.localtime(occurrence.ends_at)
    if occurrence.event.all_day:
        if occurrence.start_date == occurrence.end_date:
            return format_html(
                "{} · {}", display_date(occurrence.start_date), gettext("all day")
            )
        return format_html(
            "{} – {}",
            display_date(occurrence.start_date),
            display_date(occurrence.end_date),
        )
    if start.date() == end.date():
        return format_html(
            '{} · <span dir="ltr">{}–{}</span>',
            display_date(start),
            _time(start),
            _time(end),
        )
    return format_html(
        "{} {} – {} {}",
        display_date(start),
        _time(start),
        display_date(end),
        _time(end),
    )


# Where ``month_entry`` keeps, for one drawing of a page, what each event's
# entries share.
_EVENT_LINKS = object()


@register.simple_tag(takes_context=True)
def month_entry(context, occurrence):
    """One occurrence in a day of the month calendar: its start time (none
    for an all-day event) and its event's title, linked, marked when it is
    called off. Drawn here rather than with template tags: the portal's
    month shows some 150 occurrences, and a dozen template nodes for each
    were half the page's time. A weekly event comes back four or five
    times, so its address, title and their language are worked out once
    per page."""
    event = occurrence.event
    links = context.render_context.setdefault(_EVENT_LINKS, {})
    link = links.get(event.pk)
    if link is None:
        link = links[event.pk] = (
            event.get_absolute_url(),
            content_lang(event, "title"),
            event.title,
        )
    url, language, title = link
    called_off = occurrence.is_called_off
    return format_html(
        '<li{}><a href="{}"{}>{}{}</a>{}</li>',
        mark_safe(' class="month__event--cancelled"') if called_off else "",
        url,
        language,
        ""
        if event.all_day
        else format_html("{} ", _time(timezone.localtime(occurrence.starts_at))),
        title,
        format_html(" <span>({})</span>", gettext("cancelled")) if called_off else "",
    )
