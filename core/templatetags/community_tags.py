from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation

from core.request_memo import memoized_on_request

register = template.Library()


def _path_in_language(request, code):
    """The current page's path in language ``code``. The request has already
    been resolved, so only the reversing of ``translate_url`` is repeated."""
    match = getattr(request, "resolver_match", None)
    if match is None or not match.url_name:
        return translate_url(request.path, code)
    with translation.override(code):
        try:
            return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.path


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language: ``(code, name, url, is_current)``.

    Pages about one object pass it as ``translated_object`` so that a slug
    that differs by language (articles) leads to the right address; other
    pages keep their path and swap the language prefix.
    """
    request = context.get("request")
    if request is None:
        return []
    translated_object = context.get("translated_object")
    current = translation.get_language()

    def alternates():
        query = request.GET.urlencode()
        found = []
        for code, _name in settings.LANGUAGES:
            if translated_object is not None:
                with translation.override(code):
                    url = translated_object.get_absolute_url()
            else:
                url = _path_in_language(request, code)
                if query:
                    url = f"{url}?{query}"
            found.append(
                {
                    "code": code,
                    "name": translation.get_language_info(code)["name_local"],
                    "url": url,
                    "is_current": code == current,
                }
            )
        return found

    key = ("language_alternates", id(translated_object), current)
    return memoized_on_request(request, key, alternates)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for pagination
    links that keep the active filters."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
