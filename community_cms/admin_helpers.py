"""Building blocks shared by the apps' admin modules."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin


def thumbnail(image, alt=""):
    if not image:
        return "—"
    return format_html(
        '<img src="{}" alt="{}" width="64" height="48" '
        'style="object-fit: cover; border-radius: 4px;" loading="lazy">',
        image.url,
        alt,
    )


class TranslatedAdmin(TabbedTranslationAdmin):
    """Every content admin: language tabs (with our own jQuery UI), and the
    status column and filter shared by all publishable content."""

    save_on_top = True
    list_per_page = 50


@admin.display(description=_("Published"), boolean=True)
def is_published(obj):
    return obj.is_published
