from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from library.admin import ChoosesFromLibrary
from municipalities.admin_helpers import SharedLabelAdmin, TranslatedAdmin, thumbnail
from partnerships.models import (
    Delegation,
    DelegationActivity,
    Partnership,
    SteeringCommitteeMember,
)

admin.site.register(DelegationActivity, SharedLabelAdmin)


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
class PartnershipAdmin(ChoosesFromLibrary, TranslatedAdmin):
    list_display = [
        "image_thumbnail", "name", "municipality", "partner_city", "year_started",
        "status",
    ]  # fmt: skip
    list_display_links = ["image_thumbnail", "name"]
    list_filter = ["status", "municipality"]
    search_fields = [
        "name_he",
        "name_ar",
        "name_en",
        "partner_city_he",
        "partner_city_en",
    ]
    prepopulated_fields = {"slug": ("name",)}
    autocomplete_fields = ["municipality", "convening_organizations"]
    list_select_related = ["municipality", "image"]
    inlines = [SteeringCommitteeInline, DelegationInline]

    @admin.display(description=_("image"))
    def image_thumbnail(self, obj):
        return thumbnail(obj.image.file, obj.image.alt_text) if obj.image else "—"


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
