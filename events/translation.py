from modeltranslation.translator import TranslationOptions, register

from events.models import Event


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = (
        "title", "slug", "summary", "description", "venue_name", "venue_address",
        "accessibility_note", "price", "capacity_note",
    )  # fmt: skip
    # Stored as NULL when empty, so that only slugs that exist are unique.
    empty_values = {"slug": None}
    required_languages = {"he": ("title",)}
