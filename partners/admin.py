from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from community_cms import tenancy
from community_cms.admin_helpers import TranslatedAdmin, thumbnail
from partners.models import (
    Delegation,
    DelegationActivity,
    FieldOfAction,
    PartnerOrganization,
    Partnership,
    Population,
    Region,
    SteeringCommitteeMember,
)


class LabelAdmin(TranslatedAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}


for label_model in (FieldOfAction, Population, Region, DelegationActivity):
    admin.site.register(label_model, LabelAdmin)


@admin.register(PartnerOrganization)
class PartnerOrganizationAdmin(TranslatedAdmin):
    list_display = [
        "logo_thumbnail", "name", "kind", "status", "is_spotlight", "spotlight_date",
    ]  # fmt: skip
    list_display_links = ["logo_thumbnail", "name"]
    list_filter = ["status", "kind", "is_spotlight", "fields_of_action", "regions"]
    publishers_only_field = "status"
    search_fields = ["name_he", "name_ar", "name_en", "slug", "email"]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = [
        "fields_of_action", "populations", "regions", "municipalities",
        "member_organizations",
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "status", "logo", "logo_alt"]}),
        (_("About"), {"fields": [
            "summary", "description", "fields_of_action", "populations", "regions",
            "municipalities", "communities_count", "funders",
        ]}),
        (_("Coalition members"), {"fields": ["member_organizations", "members_note"]}),
        (_("Contact"), {"fields": [
            "contact_name", "contact_role", "email", "phone", "website",
            "contact_is_public",
        ]}),
        (_("Meet the partner"), {"fields": [
            "is_spotlight", "spotlight_date", "spotlight_story",
        ]}),
    ]  # fmt: skip

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        return thumbnail(obj.logo, obj.logo_alt or obj.name)

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


class SteeringCommitteeInline(TranslationTabularInline):
    model = SteeringCommitteeMember
    extra = 0


class DelegationInline(TranslationStackedInline):
    model = Delegation
    extra = 0
    autocomplete_fields = ["activities"]
    fields = [
        ("title", "direction"), ("starts_on", "ends_on", "participants_count"),
        "activities", "summary",
    ]  # fmt: skip


@admin.register(Partnership)
class PartnershipAdmin(TranslatedAdmin):
    list_display = [
        "image_thumbnail", "name", "municipality", "partner_city", "year_started",
        "status",
    ]  # fmt: skip
    list_display_links = ["image_thumbnail", "name"]
    list_filter = ["status", "municipality"]
    publishers_only_field = "status"
    search_fields = [
        "name_he",
        "name_ar",
        "name_en",
        "partner_city_he",
        "partner_city_en",
    ]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["municipality", "convening_organizations"]
    list_select_related = ["municipality"]
    inlines = [SteeringCommitteeInline, DelegationInline]

    @admin.display(description=_("image"))
    def image_thumbnail(self, obj):
        return thumbnail(obj.image, obj.image_alt)


@admin.register(Delegation)
class DelegationAdmin(TranslatedAdmin):
    list_display = [
        "title",
        "partnership",
        "direction",
        "starts_on",
        "participants_count",
    ]
    list_filter = ["direction", "partnership", "activities"]
    search_fields = ["title_he", "title_ar", "title_en"]
    autocomplete_fields = ["partnership", "activities"]
    date_hierarchy = "starts_on"
    list_select_related = ["partnership"]
