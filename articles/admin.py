from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline

from articles.models import Article, Quote, Topic
from library.admin import ChoosesFromLibrary
from municipalities.admin_helpers import SharedLabelAdmin, TranslatedAdmin, thumbnail
from municipalities.workflow_admin import WorkflowAdmin, WorkflowStateFilter
from sites.directory import public_url_of


class QuoteInline(TranslationStackedInline):
    model = Quote
    extra = 0
    fields = ["text", ("speaker", "speaker_role"), "sort_order"]


admin.site.register(Topic, SharedLabelAdmin)


@admin.register(Article)
class ArticleAdmin(ChoosesFromLibrary, WorkflowAdmin, TranslatedAdmin):
    list_display = [
        "hero_thumbnail", "title", "municipality", "workflow_state", "published_at",
    ]  # fmt: skip
    list_display_links = ["hero_thumbnail", "title"]
    list_filter = [
        WorkflowStateFilter, "pinned", "municipality", "topics", "partnership",
    ]  # fmt: skip
    search_fields = ["title_he", "title_ar", "title_en", "lede_he", "slug_he"]
    date_hierarchy = "published_at"
    list_select_related = ["municipality", "image"]
    # With 100,000 articles, a second count of the whole table on every
    # filtered or searched list costs more than the list itself.
    show_full_result_count = False
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = [
        "municipality", "department", "topics", "partnership",
        "partner_organizations", "author",
    ]  # fmt: skip
    inlines = [QuoteInline]
    live_changes_need_review = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "lede", "body"]}),
        (
            _("Photo"),
            {"fields": ["image"]},
        ),
        (
            _("Publishing"),
            {"fields": [
                "status", "published_at", "pinned", "preview_links", "author",
                "byline",
            ]},
        ),
        (_("Belongs to"), {"fields": [
            "municipality", "department", "topics", "partnership",
            "partner_organizations",
        ]}),
    ]  # fmt: skip

    @admin.display(description=_("photo"))
    def hero_thumbnail(self, obj):
        return thumbnail(obj.image.file, obj.image.alt_text) if obj.image else "—"

    def preview_address(self, obj, path):
        return public_url_of(obj, path)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        # Picking another author needs the user list, which only admins see.
        if not request.user.has_perm("auth.view_user"):
            readonly.append("author")
        return readonly

    def save_model(self, request, obj, form, change):
        if not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)
