from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from community_cms import tenancy
from community_cms.admin_helpers import TranslatedAdmin, thumbnail
from community_cms.models import (
    AccessibilityStatement,
    AuditEvent,
    CommunityDepartment,
    Municipality,
    ProfessionalNetwork,
    StaffMembership,
)

admin.site.site_header = _("Community CMS administration")
admin.site.site_title = _("Community CMS")
admin.site.index_title = _("Content management")


@admin.register(Municipality)
class MunicipalityAdmin(TranslatedAdmin):
    list_display = ["logo_thumbnail", "name", "slug", "website"]
    list_display_links = ["logo_thumbnail", "name"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}

    def get_queryset(self, request):
        # Staff see (and may pick) only the municipalities they work in.
        queryset = super().get_queryset(request)
        if tenancy.is_network_admin(request.user):
            return queryset
        return queryset.filter(pk__in=tenancy.municipality_ids(request.user))

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        return thumbnail(obj.logo, obj.name)


@admin.register(ProfessionalNetwork)
class ProfessionalNetworkAdmin(TranslatedAdmin):
    list_display = ["name", "member_authorities_count", "website"]
    search_fields = ["name_he", "name_ar", "name_en"]


@admin.register(CommunityDepartment)
class CommunityDepartmentAdmin(TranslatedAdmin):
    list_display = ["name", "municipality", "head_name", "status", "updated_at"]
    list_filter = ["status", "municipality", "networks"]
    search_fields = ["name_he", "name_ar", "name_en", "head_name_he", "head_name_en"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["municipality", "networks"]
    list_select_related = ["municipality"]
    fieldsets = [
        (None, {"fields": ["municipality", "name", "slug", "status"]}),
        (_("Head of department"), {"fields": ["head_name", "head_title"]}),
        (_("About"), {"fields": ["mission", "services", "year_founded", "networks"]}),
        (_("Contact"), {"fields": ["email", "phone", "address", "website"]}),
    ]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(TranslatedAdmin):
    list_display = ["municipality", "coordinator_name", "last_reviewed"]
    list_select_related = ["municipality"]
    search_fields = ["municipality__name", "coordinator_name"]
    autocomplete_fields = ["municipality"]
    fieldsets = [
        (None, {"fields": ["municipality", "standard", "last_reviewed"]}),
        (
            _("What residents can expect"),
            {"fields": ["accessible_features", "known_exceptions"]},
        ),
        (
            _("Accessibility coordinator"),
            {"fields": ["coordinator_name", "coordinator_phone", "coordinator_email"]},
        ),
    ]


class StaffMembershipInline(admin.TabularInline):
    model = StaffMembership
    extra = 1
    autocomplete_fields = ["municipality"]


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class StaffUserAdmin(UserAdmin):
    """Users with the municipalities they work in; only network
    administrators have the permissions to open it."""

    inlines = [StaffMembershipInline]
    list_filter = [
        *UserAdmin.list_filter,
        "memberships__municipality",
        "memberships__role",
    ]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """A read-only log: nobody adds, edits or deletes audit events."""

    list_display = ["created_at", "actor_name", "action", "object_repr", "municipality"]
    list_filter = ["action", "municipality", "content_type"]
    search_fields = ["actor_name", "object_repr", "message"]
    date_hierarchy = "created_at"
    list_select_related = ["municipality"]

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if tenancy.is_network_admin(request.user):
            return queryset
        return queryset.filter(municipality__in=tenancy.municipality_ids(request.user))

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def get_fields(self, request, obj=None):
        # Where a colleague logs in from is personal data: only the network
        # administrators, who investigate abuse, see it.
        fields = super().get_fields(request, obj)
        if tenancy.is_network_admin(request.user):
            return fields
        return [name for name in fields if name != "ip_address"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
