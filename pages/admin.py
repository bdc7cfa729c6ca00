from content_editor.admin import ContentEditor, ContentEditorInline
from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TranslationInlineModelAdmin
from modeltranslation.translator import translator

from core.html import RICH_TEXT_EDITOR_CONFIG
from library.admin import ChoosesFromLibrary
from municipalities.admin_helpers import MunicipalityScopedAdmin, TranslatedAdmin
from municipalities.workflow_admin import WorkflowAdmin, WorkflowStateFilter
from pages.models import (
    CallToAction,
    ContactCard,
    Download,
    ImageBlock,
    LatestArticles,
    Page,
    PartnerCards,
    PullQuote,
    Question,
    RichText,
    Video,
)
from sites.directory import public_url_of


class BlockInline(ChoosesFromLibrary, ContentEditorInline):
    """A kind of block in the page editor: library items chosen in the
    library's popup, and every list scoped to what the user may use
    (images, documents, partners)."""

    def get_field_queryset(self, db, db_field, request):
        try:
            related_admin = self.admin_site.get_model_admin(db_field.remote_field.model)
        except NotRegistered:
            return super().get_field_queryset(db, db_field, request)
        if isinstance(related_admin, MunicipalityScopedAdmin):
            return related_admin.get_queryset(request)
        return super().get_field_queryset(db, db_field, request)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The original field too: modeltranslation copies its widget onto
        # each language's.
        if self.model is RichText and (
            db_field.name == "text" or db_field.name.startswith("text_")
        ):
            kwargs["widget"] = AdminProseEditorWidget(config=RICH_TEXT_EDITOR_CONFIG)
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class TranslatedBlockInline(TranslationInlineModelAdmin, BlockInline):
    """A block with text: its fields in a tab per language."""


def _block(model, icon, **options):
    translated = model in translator.get_registered_models()
    base = TranslatedBlockInline if translated else BlockInline
    return base.create(model=model, icon=icon, **options)


@admin.register(Page)
class PageAdmin(ContentEditor, WorkflowAdmin, TranslatedAdmin):
    """Pages of a site, in their tree. Staff of a municipality build the
    pages of its site; the portal's pages are the network administrators'."""

    list_display = ["indented_title", "site", "workflow_state", "updated_at"]
    list_filter = [WorkflowStateFilter, "site"]
    search_fields = ["title_he", "title_ar", "title_en", "slug_he"]
    live_changes_need_review = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "intro"]}),
        (_("Place"), {"fields": ["site", "parent", "position"]}),
        (_("Publishing"), {"fields": ["status", "published_at", "preview_links"]}),
    ]
    inlines = [
        _block(RichText, "notes"),
        _block(ImageBlock, "image"),
        _block(PullQuote, "format_quote"),
        _block(CallToAction, "ads_click"),
        _block(Question, "help"),
        _block(ContactCard, "contact_phone"),
        _block(Download, "download"),
        _block(Video, "smart_display"),
        _block(LatestArticles, "feed"),
        _block(PartnerCards, "groups", autocomplete_fields=["partners"]),
    ]

    class Media:
        js = ["pages/block_languages.js"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_tree_fields()

    @admin.display(description=_("title"))
    def indented_title(self, page):
        return "— " * getattr(page, "tree_depth", 0) + page.title

    def preview_address(self, page, path):
        return public_url_of(page, path)

    def render_change_form(self, request, context, *args, **kwargs):
        response = super().render_change_form(request, context, *args, **kwargs)
        # The block editor's import map joins the rich-text editor's: the
        # whole inline script carries the request's nonce (CSP).
        media = response.context_data["media"]
        if hasattr(media, "with_nonce"):
            response.context_data["media"] = media.with_nonce(request.csp_nonce)
        return response
