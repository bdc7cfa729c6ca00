"""What every admin of translated content shows of its translations: a
column with each language's state, a "needs Arabic" filter, and on the
change form which fields are missing or outdated in which language."""

from django.conf import settings
from django.contrib import admin
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from translations.models import State, needing, states_of, target_languages

LANGUAGE_NAMES = dict(settings.LANGUAGES)


class NeedsTranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "needs_translation"

    def lookups(self, request, model_admin):
        return [
            (code, _("Needs %(language)s") % {"language": LANGUAGE_NAMES[code]})
            for code in target_languages()
        ]

    def queryset(self, request, queryset):
        if self.value() in target_languages():
            return needing(queryset, self.value())
        return queryset


def _badge(language, state, fields):
    title = ", ".join(fields)
    return format_html(
        '<span class="translation-state translation-state--{}" title="{}">'
        "{}: {}</span>",
        state,
        title,
        LANGUAGE_NAMES[language],
        State(state).label,
    )


class TranslationStatusAdmin(admin.ModelAdmin):
    """Mixed into the admin of a model registered with modeltranslation."""

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_states"]

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), NeedsTranslationFilter]

    def get_changelist_instance(self, request):
        changelist = super().get_changelist_instance(request)
        # The states of the whole page in one query, kept on the rows the
        # list then shows (the page's queryset keeps them once read).
        rows = list(changelist.result_list)
        states = states_of(rows)
        for row in rows:
            row.translation_states_read = states[row.pk]
        return changelist

    @admin.display(description=_("translations"))
    def translation_states(self, obj):
        return self._badges(getattr(obj, "translation_states_read", None), obj)

    def _badges(self, states, obj):
        states = states or states_of([obj])[obj.pk]
        return format_html_join(
            " ",
            "{}",
            (
                (_badge(language, state, fields),)
                for language, (state, fields) in states.items()
            ),
        )

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        if obj is None or obj.pk is None:
            return "—"
        return self._badges(None, obj)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "translation_status"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        if obj is None:
            return fieldsets
        return [
            (
                _("Translations"),
                {
                    "fields": ["translation_status"],
                    "description": _(
                        "Outdated: the Hebrew changed after the translation was "
                        "saved. Pages fall back to Hebrew where a translation "
                        "is missing."
                    ),
                },
            ),
            *fieldsets,
        ]
