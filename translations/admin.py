"""What every admin of translated content shows of its translations: a
column with each language's state, a "needs Arabic" filter, and on the
change form which fields are missing or outdated in which language."""

import reversion
from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from translations import exchange
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
        return self._badges(getattr(obj, "translation_states_read", None), obj)

    def get_readonly_fields(self, request, obj=None):
        return [*super().get_readonly_fields(request, obj), "translation_status"]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is None or obj.pk is None:
            return form
        # Each language's tab says, under the field, when its text lags.
        notes = {
            State.MISSING: _("Not translated yet: the page shows the Hebrew."),
            State.OUTDATED: _("Outdated: the Hebrew changed after this was saved."),
        }
        # Read once, for the notes here and the box above the form.
        obj.translation_states_read = states_of([obj])[obj.pk]
        for language, (state, fields) in obj.translation_states_read.items():
            for name in fields:
                column = build_localized_fieldname(name, language)
                if column in form.base_fields:
                    field = form.base_fields[column]
                    field.help_text = format_html(
                        "{} {} {}",
                        _badge(language, state, []),
                        notes[state],
                        field.help_text,
                    )
        return form

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


class TranslationImportForm(forms.Form):
    language = forms.ChoiceField(label=_("Language of the translation"))
    file = forms.FileField(
        label=_("The translator's file (.po)"),
        help_text=_("The file exported from this list, translated."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, LANGUAGE_NAMES[code]) for code in target_languages()
        ]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is too large (5 MB at most)."))
        return upload


MAX_IMPORT_BYTES = 5 * 1024 * 1024


class TranslationExchangeAdmin(admin.ModelAdmin):
    """Export the selected items for a translator and import the file they
    send back (``translations.exchange``)."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.has_change_permission(request):
            return actions
        for code in target_languages():
            action = self._export_action(code)
            actions[action.__name__] = (
                action,
                action.__name__,
                action.short_description,
            )
        return actions

    def _export_action(self, language):
        def export(model_admin, request, queryset):
            response = HttpResponse(
                exchange.export_po(queryset, language),
                content_type="text/x-gettext-translation; charset=utf-8",
            )
            name = f"{queryset.model._meta.model_name}-{language}.po"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response

        export.__name__ = f"export_for_translation_{language}"
        export.short_description = _("Export for translation into %(language)s") % {
            "language": LANGUAGE_NAMES[language]
        }
        return export

    def changelist_view(self, request, extra_context=None):
        if self.has_change_permission(request):
            opts = self.model._meta
            extra_context = {
                **(extra_context or {}),
                "translation_import_url": reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_import_translation"
                ),
            }
        return super().changelist_view(request, extra_context)

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "import-translation/",
                self.admin_site.admin_view(self.import_translation_view),
                name=f"{opts.app_label}_{opts.model_name}_import_translation",
            ),
            *super().get_urls(),
        ]

    def import_translation_view(self, request):
        if not self.has_change_permission(request):
            raise PermissionDenied
        form = TranslationImportForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and form.is_valid():
            result = exchange.read_po(
                form.cleaned_data["file"].read(),
                form.cleaned_data["language"],
                self.get_queryset(request),
            )
            problems = result.problems
            if not problems:
                with transaction.atomic():
                    for obj, values in result.changes.items():
                        self.save_imported_translation(request, obj, values)
                self.message_user(
                    request,
                    ngettext(
                        "The translation of %(count)d item was saved.",
                        "The translations of %(count)d items were saved.",
                        len(result.changes),
                    )
                    % {"count": len(result.changes)},
                    messages.SUCCESS,
                )
                opts = self.model._meta
                return HttpResponseRedirect(
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
                )
        return TemplateResponse(
            request,
            "admin/translations/import.html",
            {
                **self.admin_site.each_context(request),
                "opts": self.model._meta,
                "title": _("Import a translation"),
                "form": form,
                "problems": problems,
            },
        )

    def save_imported_translation(self, request, obj, values):
        """Save the translated ``values`` of ``obj`` as a new revision."""
        for column, value in values.items():
            setattr(obj, column, value)
        with reversion.create_revision():
            obj.save()
            reversion.set_user(request.user)
            reversion.set_comment(gettext("Translation imported"))
