from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from departments.models import CommunityDepartment, ProfessionalNetwork
from library.admin import ChoosesFromLibrary
from municipalities.admin_helpers import TranslatedAdmin


@admin.register(ProfessionalNetwork)
class ProfessionalNetworkAdmin(TranslatedAdmin):
    list_display = ["name", "member_authorities_count", "website"]
    search_fields = ["name_he", "name_ar", "name_en"]


@admin.register(CommunityDepartment)
class CommunityDepartmentAdmin(ChoosesFromLibrary, TranslatedAdmin):
    list_display = ["name", "municipality", "head_name", "status", "updated_at"]
    list_filter = ["status", "municipality", "networks"]
    search_fields = ["name_he", "name_ar", "name_en", "head_name_he", "head_name_en"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["municipality", "networks"]
    list_select_related = ["municipality"]
    fieldsets = [
        (None, {"fields": ["municipality", "name", "slug", "status"]}),
        (_("Head of department"), {"fields": ["head_name", "head_title"]}),
        (
            _("About"),
            {"fields": ["mission", "services", "image", "year_founded", "networks"]},
        ),
        (_("Contact"), {"fields": ["email", "phone", "address", "website"]}),
    ]
