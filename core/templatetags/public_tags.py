"""Template tags of the public site: dates in the visitor's language and
calendar, the language of parts of a page, and what search engines and shared
links read (canonical address, language alternates, social image, JSON-LD)."""

import datetime
from functools import lru_cache
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import formats, timezone, translation
from django.utils.encoding import uri_to_iri
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from modeltranslation.fields import NONE, TranslationFieldDescriptor
from modeltranslation.utils import build_localized_fieldname, resolution_order
from pyluach import dates as hebrew_calendar

from core import structured_data as schema
from core.request_memo import memoized_on_request
from core.templatetags.community_tags import language_alternates

register = template.Library()

# Open Graph names locales as language_TERRITORY.
OPEN_GRAPH_LOCALES = {"he": "he_IL", "ar": "ar_AR", "en": "en_US"}
PAGE_PARAMETER = "page"


# ---------------------------------------------------------------- DATES
def _local_date(value):
    if isinstance(value, datetime.datetime):
        return (timezone.localtime(value) if timezone.is_aware(value) else value).date()
    return value


@register.filter
def hebrew_date(value):
    """The Jewish calendar date of a date (or datetime, taken in the site's
    time zone) in Hebrew letters: "ט״ז בטבת תשפ״ו". The civil day is
    converted; the Jewish day that starts at sunset is not modelled."""
    if not value:
        return ""
    return _hebrew_date_of_day(_local_date(value))


# A list page shows a dozen dates, most of them a few days apart.
@lru_cache(maxsize=4096)
def _hebrew_date_of_day(day):
    day = hebrew_calendar.HebrewDate.from_pydate(day)
    return f"{day.hebrew_day()} ב{day.month_name(hebrew=True)} {day.hebrew_year()}"


@register.simple_tag
def display_date(value):
    """A ``<time>`` with the date in the visitor's language and its locale's
    date format; on Hebrew pages the Jewish calendar date follows it."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = value.date() if isinstance(value, datetime.datetime) else value
    return format_html(
        '<time datetime="{}">{}',
        value.isoformat(),
        _shown_date(translation.get_language(), day),
    )


@lru_cache(maxsize=4096)
def _shown_date(language, day):
    """The end of ``display_date`` for one day in one language (a list shows
    a dozen dates, most of them a few days apart)."""
    shown = format_html("{}</time>", formats.date_format(day, "DATE_FORMAT"))
    if language == "he":
        shown = format_html(
            '{} <span class="hebrew-date">({})</span>', shown, hebrew_date(day)
        )
    return shown


@receiver(setting_changed)
def _forget_shown_dates(**kwargs):
    """Date formats or the time zone changed (in tests)."""
    _shown_date.cache_clear()


# ---------------------------------------------------------------- LANGUAGE OF PARTS
def text_language(obj, field):
    """The language the value shown for a translated ``field`` of ``obj`` is
    written in: the page's language, or the language modeltranslation fell
    back to because the translation is empty (or still the field's default,
    which modeltranslation also treats as missing)."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    descriptor = getattr(type(obj), field, None)
    if not isinstance(descriptor, TranslationFieldDescriptor):
        return current
    languages = resolution_order(current, descriptor.fallback_languages)
    if len(languages) == 1:
        # No fallback (Hebrew, the source language): nothing to look up.
        return current
    undefined = descriptor.fallback_undefined
    if undefined is NONE:
        undefined = descriptor.field.get_default()
    for language in languages:
        value = getattr(obj, build_localized_fieldname(field, language), None)
        if descriptor.meaningful_value(value, undefined):
            return language
    return current


@register.simple_tag
def content_lang(obj, field):
    """`` lang="he" dir="rtl"`` for the element holding ``obj.field`` when
    that text is not in the page's language (a fallback to the Hebrew
    original), so screen readers pronounce it right; nothing otherwise."""
    language = text_language(obj, field)
    if language == translation.get_language():
        return ""
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    return format_html(' lang="{}" dir="{}"', language, direction)


# ---------------------------------------------------------------- CAPTURE
class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # The output is already escaped by the template engine.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """``{% capture as name %}…{% endcapture %}`` renders its content into
    the variable ``name`` instead of the page, so that what a child template
    puts in a block (the title) can be used in several places."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


# ---------------------------------------------------------------- ADDRESSES
def _kept_query(context):
    """The query parameters that make a page what it is: the page number and
    the filters of the page's form that are valid. Anything else (tracking
    tags, typos) is left out of canonical and alternate addresses."""
    request = context["request"]
    form = context.get("form")
    fields = getattr(form, "fields", {}) if getattr(form, "is_bound", False) else {}
    errors = form.errors if fields else {}
    kept = []
    for name, values in request.GET.lists():
        if name == PAGE_PARAMETER:
            kept += [(name, v) for v in values if v.isdigit() and int(v) > 1]
        elif name in fields and name not in errors:
            kept += [(name, v) for v in values if v]
    return urlencode(kept)


def _with_query(path, query):
    return f"{path}?{query}" if query else path


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The absolute address of the page in its language."""
    request = context.get("request")
    if request is None:
        return ""
    obj = context.get("translated_object")

    def canonical():
        path = obj.get_absolute_url() if obj is not None else request.path
        return request.build_absolute_uri(_with_query(path, _kept_query(context)))

    key = ("canonical_url", id(obj), translation.get_language())
    return memoized_on_request(request, key, canonical)


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    """``(hreflang, absolute URL)`` for the page in every language, then
    ``x-default``: the address without a language prefix, which sends each
    visitor to their own language (LocaleMiddleware), as in the sitemap."""
    request = context.get("request")
    if request is None:
        return []
    query = _kept_query(context)
    links = []
    for alternate in language_alternates(context):
        path = alternate["url"].split("?", 1)[0]
        links.append(
            (alternate["code"], request.build_absolute_uri(_with_query(path, query)))
        )
    default = dict(links).get(settings.LANGUAGE_CODE)
    if default:
        prefix = f"/{settings.LANGUAGE_CODE}/"
        links.append(("x-default", default.replace(prefix, "/", 1)))
    return links


@register.filter
def iri(url):
    """A URL with its percent-encoded letters decoded, for people to read
    (a Hebrew slug in Hebrew letters); links keep the encoded form."""
    return uri_to_iri(url)


@register.simple_tag
def open_graph_locales():
    """The page's Open Graph locale and those of its translations."""
    current = translation.get_language()
    return {
        "current": OPEN_GRAPH_LOCALES.get(current, current),
        "alternates": [
            OPEN_GRAPH_LOCALES.get(code, code)
            for code, _name in settings.LANGUAGES
            if code != current
        ],
    }


# ---------------------------------------------------------------- SHARING
@register.simple_tag(takes_context=True)
def social_image_url(context, image=None, fit="cover"):
    """Absolute address of the 1200×630 picture a shared link shows: a
    rendition of ``image`` (``fit="contain"`` for logos), or the site's
    default picture."""
    return schema.social_image_url(context["request"], image, fit)


STRUCTURED_DATA = {
    "website": lambda obj, request: schema.website(request),
    "news_article": schema.news_article,
    "community_department": schema.community_department,
    "partner_organization": schema.partner_organization,
    "delegation_events": schema.delegation_events,
    "web_page": schema.web_page,
}


@register.simple_tag(takes_context=True)
def structured_data(context, kind, obj=None):
    """``<script type="application/ld+json">`` describing ``obj`` as
    ``kind`` (a key of STRUCTURED_DATA)."""
    return schema.json_ld_script(STRUCTURED_DATA[kind](obj, context["request"]))
