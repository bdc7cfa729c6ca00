from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationTabularInline
from reversion_compare.admin import CompareVersionAdmin

from alerts.forms import EmergencyModeForm
from alerts.models import Alert, EmergencyMode, EmergencyNumber
from municipalities import tenancy
from municipalities.admin_helpers import MunicipalityScopedAdmin, TranslatedAdmin


class PublishersAlone:
    """Only publishers (of the object's municipality) add, change or delete:
    in an emergency there is no review step to wait for."""


@admin.register(Alert)
class AlertAdmin(PublishersAlone, TranslatedAdmin):
    """Publishers put alerts up and take them down at once (no review);
    every change goes to the audit log."""

    list_display = ["message", "level", "municipality", "starts_at", "ends_at"]
    list_filter = ["level", "municipality"]
    search_fields = ["message_he", "message_ar", "message_en"]
    fieldsets = [
        (None, {"fields": ["level", "message", "link_url", "link_label"]}),
        (_("When and where"), {"fields": ["starts_at", "ends_at", "municipality"]}),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "municipality" and not tenancy.is_network_admin(
            request.user
        ):
            # A city's publishers alert their own site only.
            field.required = True
            field.empty_label = None
        return field


class EmergencyNumberInline(TranslationTabularInline):
    model = EmergencyNumber
    extra = 1
    fields = ["sort_order", "label", "number"]
    verbose_name_plural = _(
        "The municipality's own numbers (shown after the national ones)"
    )


@admin.register(EmergencyMode)
class EmergencyModeAdmin(PublishersAlone, CompareVersionAdmin, MunicipalityScopedAdmin):
    """A publisher switches a site into emergency mode and back at once."""

    form = EmergencyModeForm
    list_display = ["site", "is_on", "updated_at"]
    list_filter = ["is_on"]
    inlines = [EmergencyNumberInline]
    autocomplete_fields = ["pinned_updates"]
    fieldsets = [
        (None, {"fields": ["site", "is_on"]}),
        (
            _("What the home page puts first"),
            {"fields": ["information_page", "pinned_updates"]},
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            readonly.append("site")
        return readonly

    def view_on_site(self, obj):
        return obj.site.public_url("/")
