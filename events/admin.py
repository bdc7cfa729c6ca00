from django.contrib import admin, messages
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from events.forms import EventAdminForm
from events.models import Cancellation, Event
from library.admin import ChoosesFromLibrary
from municipalities.admin_helpers import TranslatedAdmin
from municipalities.workflow_admin import WorkflowAdmin, WorkflowStateFilter
from sites.directory import public_url_of


class CancellationInline(admin.TabularInline):
    model = Cancellation
    extra = 0
    verbose_name_plural = _(
        "Cancelled dates (a repeating event that does not take place on a date)"
    )


@admin.register(Event)
class EventAdmin(ChoosesFromLibrary, WorkflowAdmin, TranslatedAdmin):
    form = EventAdminForm
    list_display = ["title", "starts_at", "repeats", "municipality", "workflow_state"]
    list_filter = [
        WorkflowStateFilter, "is_cancelled", "municipality", "topics", "audiences",
    ]  # fmt: skip
    search_fields = ["title_he", "title_ar", "title_en", "slug_he", "venue_name_he"]
    date_hierarchy = "starts_at"
    list_select_related = ["municipality"]
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = [
        "municipality", "department", "topics", "partnership", "organisers",
    ]  # fmt: skip
    inlines = [CancellationInline]
    live_changes_need_review = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "image"]}),
        (
            _("When"),
            {"fields": [
                ("starts_at", "ends_at"), "all_day", ("repeats", "repeat_until"),
                "is_cancelled",
            ]},
        ),
        (
            _("Where"),
            {"fields": [
                "venue_name", "venue_address", "map_url", "online_url",
                ("step_free", "accessible_toilet", "hearing_loop"),
                "accessibility_note",
            ]},
        ),
        (
            _("Taking part"),
            {"fields": [
                ("is_free", "price"), "registration_url", "capacity_note",
            ]},
        ),
        (_("Publishing"), {"fields": ["status", "published_at", "preview_links"]}),
        (_("Belongs to"), {"fields": [
            "municipality", "department", "organisers", "topics", "audiences",
            "partnership", "delegation",
        ]}),
    ]  # fmt: skip

    def preview_address(self, obj, path):
        return public_url_of(obj, path)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Allowed, but most residents the department serves would not come.
        for occurrence, name in form.instance.days_of_rest()[:3]:
            messages.warning(
                request,
                _("The event falls on %(day)s (%(date)s). Is that intended?")
                % {
                    "day": name,
                    "date": date_format(occurrence.starts_at, "SHORT_DATE_FORMAT"),
                },
            )
