from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from community_cms.admin_helpers import TranslatedAdmin, thumbnail
from community_cms.models import CommunityDepartment, Municipality, ProfessionalNetwork

admin.site.site_header = _("Community CMS administration")
admin.site.site_title = _("Community CMS")
admin.site.index_title = _("Content management")


@admin.register(Municipality)
class MunicipalityAdmin(TranslatedAdmin):
    list_display = ["logo_thumbnail", "name", "slug", "website"]
    list_display_links = ["logo_thumbnail", "name"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}

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
