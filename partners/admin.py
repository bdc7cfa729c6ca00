from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from library.admin import ChoosesFromLibrary
from municipalities import tenancy
from municipalities.admin_helpers import (
    SharedLabelAdmin,
    TranslatedAdmin,
    thumbnail,
)
from partners.models import FieldOfAction, PartnerOrganization, Population, Region

for label_model in (FieldOfAction, Population, Region):
    admin.site.register(label_model, SharedLabelAdmin)


@admin.register(PartnerOrganization)
class PartnerOrganizationAdmin(ChoosesFromLibrary, TranslatedAdmin):
    list_display = [
        "logo_thumbnail", "name", "kind", "status", "is_spotlight", "spotlight_date",
    ]  # fmt: skip
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["status", "kind", "is_spotlight", "fields_of_action", "regions"]
    search_fields = ["name_he", "name_ar", "name_en", "slug", "contact_email"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = [
        "fields_of_action", "populations", "regions", "municipalities",
        "member_organizations",
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "status", "logo"]}),
        (_("About"), {"fields": [
            "summary", "description", "fields_of_action", "populations", "regions",
            "municipalities", "communities_count", "funders",
        ]}),
        (_("Coalition members"), {"fields": ["member_organizations", "members_note"]}),
        (_("Contact"), {"fields": [
            "contact_name", "contact_role", "contact_email", "contact_phone", "website",
            "contact_is_public",
        ]}),
        (_("Meet the partner"), {"fields": [
            "is_spotlight", "spotlight_date", "spotlight_story",
        ]}),
    ]  # fmt: skip

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        return thumbnail(obj.logo.file, obj.logo.alt_text) if obj.logo else "—"

    # The directory is shared by all municipalities; a partner's profile is
    # changed only by staff of the municipalities it serves.
    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._serves_staff(
            request, obj
        )

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._serves_staff(
            request, obj
        )

    def _serves_staff(self, request, obj):
        if obj is None or tenancy.is_network_admin(request.user):
            return True
        served = {municipality.pk for municipality in obj.municipalities.all()}
        return bool(served & tenancy.municipality_ids(request.user))
