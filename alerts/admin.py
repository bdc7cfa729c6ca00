from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from alerts.models import Alert
from municipalities import tenancy
from municipalities.admin_helpers import TranslatedAdmin


@admin.register(Alert)
class AlertAdmin(TranslatedAdmin):
    """Publishers put alerts up and take them down at once (no review);
    every change goes to the audit log."""

    list_display = ["message", "level", "municipality", "starts_at", "ends_at"]
    list_filter = ["level", "municipality"]
    search_fields = ["message_he", "message_ar", "message_en"]
    fieldsets = [
        (None, {"fields": ["level", "message", "link_url", "link_label"]}),
        (_("When and where"), {"fields": ["starts_at", "ends_at", "municipality"]}),
    ]

    def _may_publish_alerts(self, request):
        return tenancy.is_network_admin(request.user) or tenancy.is_publisher_anywhere(
            request.user
        )

    def has_add_permission(self, request):
        return self._may_publish_alerts(request) and super().has_add_permission(request)

    def has_change_permission(self, request, obj=None):
        if obj is not None and not tenancy.can_publish_in(
            request.user, obj.municipality_id
        ):
            return False
        return self._may_publish_alerts(request) and super().has_change_permission(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return self.has_change_permission(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "municipality" and not tenancy.is_network_admin(
            request.user
        ):
            # A city's publishers alert their own site only.
            field.required = True
            field.empty_label = None
        return field
