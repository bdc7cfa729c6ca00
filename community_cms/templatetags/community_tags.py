from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

register = template.Library()


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
    query = request.GET.urlencode()
    current = translation.get_language()
    alternates = []
    for code, _name in settings.LANGUAGES:
        if translated_object is not None:
            with translation.override(code):
                url = translated_object.get_absolute_url()
        else:
            url = translate_url(request.path, code)
            if query:
                url = f"{url}?{query}"
        info = translation.get_language_info(code)
        alternates.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "is_current": code == current,
            }
        )
    return alternates


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced, for pagination
    links that keep the active filters."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query[key] = value
    return query.urlencode()
