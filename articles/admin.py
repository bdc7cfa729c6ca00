from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TranslationStackedInline

from articles.models import Article, Quote, Topic
from community_cms.admin_helpers import TranslatedAdmin, thumbnail
from community_cms.models import PublicationStatus

# What the editor offers matches what community_cms.html lets through.
BODY_EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Underline": True,
        "Strike": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "Link": {"enableTarget": False},
        "HorizontalRule": True,
        "HardBreak": True,
        "History": True,
    }
}


class QuoteInline(TranslationStackedInline):
    model = Quote
    extra = 0
    fields = ["text", ("speaker", "speaker_role"), "sort_order"]


@admin.register(Topic)
class TopicAdmin(TranslatedAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin):
    list_display = [
        "hero_thumbnail", "title", "municipality", "status", "published_at",
    ]  # fmt: skip
    list_display_links = ["hero_thumbnail", "title"]
    list_filter = ["status", "municipality", "topics", "partnership"]
    search_fields = ["title_he", "title_ar", "title_en", "lede_he", "slug_he"]
    date_hierarchy = "published_at"
    list_select_related = ["municipality"]
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = [
        "municipality", "department", "topics", "partnership",
        "partner_organizations", "author",
    ]  # fmt: skip
    inlines = [QuoteInline]
    actions = ["publish_now", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lede", "body"]}),
        (
            _("Photo"),
            {"fields": ["hero_image", "hero_alt", "hero_caption", "hero_credit"]},
        ),
        (_("Publishing"), {"fields": ["status", "published_at", "author", "byline"]}),
        (_("Belongs to"), {"fields": [
            "municipality", "department", "topics", "partnership",
            "partner_organizations",
        ]}),
    ]  # fmt: skip

    @admin.display(description=_("photo"))
    def hero_thumbnail(self, obj):
        return thumbnail(obj.hero_image, obj.hero_alt)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name.startswith("body_"):
            kwargs["widget"] = AdminProseEditorWidget(config=BODY_EDITOR_CONFIG)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = []
        # Editors write and save drafts; only publishers decide what goes public.
        if not request.user.has_perm("articles.publish_article"):
            readonly += ["status", "published_at"]
        # Picking another author needs the user list, which only admins see.
        if not request.user.has_perm("auth.view_user"):
            readonly.append("author")
        return readonly

    def save_model(self, request, obj, form, change):
        if not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def get_changeform_initial_data(self, request):
        return {
            "author": request.user.pk,
            **super().get_changeform_initial_data(request),
        }

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.has_perm("articles.publish_article"):
            actions.pop("publish_now", None)
            actions.pop("unpublish", None)
        return actions

    @admin.action(description=_("Publish the selected articles now"))
    def publish_now(self, request, queryset):
        count = 0
        for article in queryset.exclude(status=PublicationStatus.PUBLISHED):
            article.status = PublicationStatus.PUBLISHED
            article.published_at = article.published_at or timezone.now()
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d article published.", "%(count)d articles published.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Return the selected articles to draft"))
    def unpublish(self, request, queryset):
        count = queryset.update(status=PublicationStatus.DRAFT)
        self.message_user(
            request,
            ngettext(
                "%(count)d article returned to draft.",
                "%(count)d articles returned to draft.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )
