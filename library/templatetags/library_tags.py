from django import template
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()


@register.simple_tag
def document_link(document, label=None):
    """A link to a document that says, as the accessibility rules ask,
    what it is before it is opened: its type, size and, when it is not in
    the page's language, its language."""
    if document is None:
        return ""
    details = gettext("%(type)s, %(size)s") % {
        "type": document.file_type,
        "size": filesizeformat(document.size),
    }
    language = document.language if document.language != "other" else None
    return format_html(
        '<a class="document-link" href="{}"{} download>{}'
        ' <span class="document-link__details">({})</span></a>',
        document.get_absolute_url(),
        format_html(' hreflang="{}"', language) if language else "",
        label or document.title,
        details,
    )
