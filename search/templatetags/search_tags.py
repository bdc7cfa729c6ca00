from django import template

from search import highlight

register = template.Library()


@register.simple_tag
def highlighted(text, forms):
    """``text`` escaped, with the words matching the query's ``forms`` in
    ``<mark>``."""
    return highlight.highlight(text, forms)


@register.simple_tag
def snippet(text, forms):
    """A short passage of ``text`` around the first matching word."""
    return highlight.snippet(text, forms)
