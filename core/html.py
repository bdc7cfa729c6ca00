"""Sanitizing the rich text staff write.

Staff paste from Word, e-mail and other sites; whatever arrives is cleaned
against an allow-list before it is stored, so the public templates can mark
the stored HTML safe.
"""

import nh3

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "a", "hr",
    "table", "thead", "tbody", "tr", "th", "td", "caption",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "lang"},
    "p": {"dir", "lang"},
    "th": {"scope"},
    "*": {"lang", "dir"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}

_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    url_schemes=ALLOWED_URL_SCHEMES,
    link_rel="noopener noreferrer",
    strip_comments=True,
)


def sanitize_html(html):
    """Return ``html`` with every tag, attribute and URL scheme outside the
    allow-list removed (scripts and event handlers included)."""
    if not html:
        return html
    return _cleaner.clean(html)


# What the admin's rich-text editor (django-prose-editor) offers: exactly
# what sanitize_html lets through.
RICH_TEXT_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Underline": True,
        "Strike": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "Link": {"enableTarget": False},
        "HorizontalRule": True,
        "HardBreak": True,
        "History": True,
    }
}
