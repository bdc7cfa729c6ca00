from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from django_prose_editor.widgets import AdminProseEditorWidget
from modeltranslation.admin import TranslationStackedInline

from articles.models import TRANSITIONS, Article, ArticleStatus, Quote, Topic
from articles.services import article_transition
from municipalities import tenancy
from municipalities.admin_helpers import SharedLabelAdmin, TranslatedAdmin, thumbnail
from sites.directory import public_url_of

# What the editor offers matches what core.html lets through.
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
WORKFLOW_BUTTON_PREFIX = "_workflow_"


class QuoteInline(TranslationStackedInline):
    model = Quote
    extra = 0
    fields = ["text", ("speaker", "speaker_role"), "sort_order"]


class WorkflowStateFilter(admin.SimpleListFilter):
    title = _("workflow state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            (ArticleStatus.DRAFT, _("Draft")),
            (ArticleStatus.IN_REVIEW, _("In review")),
            ("scheduled", _("Scheduled")),
            (ArticleStatus.PUBLISHED, _("Published")),
            (ArticleStatus.ARCHIVED, _("Archived")),
        ]

    def queryset(self, request, queryset):
        if self.value() in dict(self.lookup_choices):
            return queryset.in_workflow_state(self.value())
        return queryset


admin.site.register(Topic, SharedLabelAdmin)


@admin.register(Article)
class ArticleAdmin(TranslatedAdmin):
    list_display = [
        "hero_thumbnail", "title", "municipality", "workflow_state", "published_at",
    ]  # fmt: skip
    list_display_links = ["hero_thumbnail", "title"]
    list_filter = [
        WorkflowStateFilter, "pinned", "municipality", "topics", "partnership",
    ]  # fmt: skip
    search_fields = ["title_he", "title_ar", "title_en", "lede_he", "slug_he"]
    date_hierarchy = "published_at"
    list_select_related = ["municipality"]
    # With 100,000 articles, a second count of the whole table on every
    # filtered or searched list costs more than the list itself.
    show_full_result_count = False
    prepopulated_fields = {"slug": ("title",)}
    autocomplete_fields = [
        "municipality", "department", "topics", "partnership",
        "partner_organizations", "author",
    ]  # fmt: skip
    inlines = [QuoteInline]
    actions = [f"workflow_{name}" for name in TRANSITIONS]
    live_changes_need_review = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "lede", "body"]}),
        (
            _("Photo"),
            {"fields": ["hero_image", "hero_alt", "hero_caption", "hero_credit"]},
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
        return thumbnail(obj.hero_image, obj.hero_alt)

    @admin.display(description=_("state"), ordering="status")
    def workflow_state(self, obj):
        return obj.get_workflow_state_display()

    @admin.display(description=_("preview"))
    def preview_links(self, obj):
        if obj is None or obj.pk is None:
            return _("Save the article to preview it.")
        links = []
        for code, name in (("he", "עברית"), ("ar", "العربية"), ("en", "English")):
            with override(code):
                links.append((public_url_of(obj, obj.get_preview_url()), code, name))
        return format_html(
            "{}<p class='help'>{}</p>",
            format_html_join(
                " · ", '<a href="{}" target="_blank" lang="{}">{}</a>', links
            ),
            _(
                "Anyone with a preview link can read this version for three days, "
                "without an account. Copy it to share it with a colleague."
            ),
        )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name.startswith("body_"):
            kwargs["widget"] = AdminProseEditorWidget(config=BODY_EDITOR_CONFIG)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "preview_links"]
        # The status only moves through the workflow buttons, even for
        # publishers.
        if "status" not in readonly:
            readonly.append("status")
        # Picking another author needs the user list, which only admins see.
        if not request.user.has_perm("auth.view_user"):
            readonly.append("author")
        return readonly

    def save_model(self, request, obj, form, change):
        if not obj.author_id:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        transitions = []
        if obj is not None:
            transitions = [
                (f"{WORKFLOW_BUTTON_PREFIX}{name}", TRANSITIONS[name].label)
                for name in obj.available_transitions(request.user)
            ]
        elif self.has_add_permission(request):
            transitions = [
                (
                    f"{WORKFLOW_BUTTON_PREFIX}submit_for_review",
                    TRANSITIONS["submit_for_review"].label,
                )
            ]
        context["workflow_transitions"] = transitions
        context["workflow_state"] = (
            obj.get_workflow_state_display() if obj else _("Draft")
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_add(self, request, obj, post_url_continue=None):
        return self._run_workflow_button(request, obj) or super().response_add(
            request, obj, post_url_continue
        )

    def response_change(self, request, obj):
        if getattr(request, "_change_needs_review", False):
            return super().response_change(request, obj)
        return self._run_workflow_button(request, obj) or super().response_change(
            request, obj
        )

    def _run_workflow_button(self, request, obj):
        """After the form is saved, take the workflow step whose button was
        pressed, then come back to the article."""
        name = next(
            (
                key.removeprefix(WORKFLOW_BUTTON_PREFIX)
                for key in request.POST
                if key.startswith(WORKFLOW_BUTTON_PREFIX)
            ),
            None,
        )
        if name not in TRANSITIONS:
            return None
        try:
            article = article_transition(obj, name, by=request.user, request=request)
        except PermissionDenied:
            self.message_user(
                request,
                _("You may not take this step for this article."),
                messages.ERROR,
            )
        else:
            self.message_user(
                request,
                _("The article is now: %(state)s.")
                % {"state": article.get_workflow_state_display()},
                messages.SUCCESS,
            )
        return HttpResponseRedirect(
            reverse("admin:articles_article_change", args=[obj.pk])
        )

    def get_actions(self, request):
        actions = super().get_actions(request)
        may_publish = tenancy.is_network_admin(
            request.user
        ) or tenancy.is_publisher_anywhere(request.user)
        for name, transition in TRANSITIONS.items():
            if transition.publishers_only and not may_publish:
                actions.pop(f"workflow_{name}", None)
        return actions

    def _run_transition_on(self, request, queryset, name):
        done = skipped = 0
        for article in queryset:
            try:
                article_transition(article, name, by=request.user, request=request)
                done += 1
            except PermissionDenied:
                skipped += 1
        if done:
            self.message_user(
                request,
                ngettext(
                    "%(count)d article updated.", "%(count)d articles updated.", done
                )
                % {"count": done},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d article was skipped: the step is not open for it.",
                    "%(count)d articles were skipped: the step is not open for them.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )

    @admin.action(description=_("Submit for review"))
    def workflow_submit_for_review(self, request, queryset):
        self._run_transition_on(request, queryset, "submit_for_review")

    @admin.action(description=_("Withdraw from review"))
    def workflow_withdraw(self, request, queryset):
        self._run_transition_on(request, queryset, "withdraw")

    @admin.action(description=_("Publish or schedule"))
    def workflow_publish(self, request, queryset):
        self._run_transition_on(request, queryset, "publish")

    @admin.action(description=_("Archive"))
    def workflow_archive(self, request, queryset):
        self._run_transition_on(request, queryset, "archive")

    @admin.action(description=_("Return to draft"))
    def workflow_unpublish(self, request, queryset):
        self._run_transition_on(request, queryset, "unpublish")
