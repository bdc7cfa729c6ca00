"""The workflow in the admin, for every model that takes part in it
(``municipalities.workflow.WorkflowModel``): a button per step open to the
user under the change form, the same steps as list actions, the state
as a list filter, and signed preview links."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, override
from django_prose_editor.widgets import AdminProseEditorWidget

from core.html import RICH_TEXT_EDITOR_CONFIG
from municipalities import tenancy
from municipalities.services import workflow_transition
from municipalities.workflow import TRANSITIONS, WorkflowStatus

WORKFLOW_BUTTON_PREFIX = "_workflow_"
# The steps before which the text is checked for accessibility, and the
# field a form sends once staff have seen the warnings and go on anyway.
CHECKED_STEPS = {"submit_for_review", "publish"}
ACCESSIBILITY_ACCEPTED = "_accessibility_accepted"
# The warnings shown at once; the rest are counted.
SHOWN_PROBLEMS = 15


class WorkflowStateFilter(admin.SimpleListFilter):
    title = _("workflow state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            (WorkflowStatus.DRAFT, _("Draft")),
            (WorkflowStatus.IN_REVIEW, _("In review")),
            ("scheduled", _("Scheduled")),
            (WorkflowStatus.PUBLISHED, _("Published")),
            (WorkflowStatus.ARCHIVED, _("Archived")),
        ]

    def queryset(self, request, queryset):
        if self.value() in dict(self.lookup_choices):
            return queryset.in_workflow_state(self.value())
        return queryset


def _workflow_action(name):
    transition = TRANSITIONS[name]

    def action(model_admin, request, queryset):
        model_admin.run_transition_on(request, queryset, name)

    action.__name__ = f"workflow_{name}"
    return admin.action(description=transition.label)(action)


class WorkflowAdmin(admin.ModelAdmin):
    """Mixed into a ``TranslatedAdmin`` of a ``WorkflowModel``. The status
    moves only through the workflow buttons, even for publishers."""

    actions = [_workflow_action(name) for name in TRANSITIONS]

    @admin.display(description=_("state"), ordering="status")
    def workflow_state(self, obj):
        return obj.get_workflow_state_display()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        # The language columns of the model's rich-text fields.
        if any(
            db_field.name.startswith(f"{name}_") for name in self.model.rich_text_fields
        ):
            kwargs["widget"] = AdminProseEditorWidget(config=RICH_TEXT_EDITOR_CONFIG)
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def preview_address(self, obj, path):
        """Where a preview link opens: ``path`` on this host, unless the
        admin of a model that knows its public site says otherwise."""
        return path

    @admin.display(description=_("preview"))
    def preview_links(self, obj):
        if obj is None or obj.pk is None:
            return _("Save it to preview it.")
        links = []
        for code, name in (("he", "עברית"), ("ar", "العربية"), ("en", "English")):
            with override(code):
                links.append(
                    (self.preview_address(obj, obj.get_preview_url()), code, name)
                )
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

    def get_readonly_fields(self, request, obj=None):
        readonly = [*super().get_readonly_fields(request, obj), "preview_links"]
        if "status" not in readonly:
            readonly.append("status")
        return readonly

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
        # Warned of accessibility problems: the next step goes on anyway.
        context["accessibility_accepted_field"] = (
            ACCESSIBILITY_ACCEPTED
            if request.GET.get("accessibility") == "warned"
            else None
        )
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
        pressed, then come back to the item."""
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
        problems = obj.accessibility_problems() if name in CHECKED_STEPS else []
        opts = obj._meta
        change_url = reverse(
            f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
        )
        if problems and not request.POST.get(ACCESSIBILITY_ACCEPTED):
            self._warn_of(request, problems, TRANSITIONS[name].label)
            return HttpResponseRedirect(f"{change_url}?accessibility=warned")
        note = ""
        if problems:
            note = _("Went on despite %(count)d accessibility warnings: %(list)s") % {
                "count": len(problems),
                "list": "; ".join(f"{place}: {problem}" for place, problem in problems),
            }
        try:
            item = workflow_transition(
                obj, name, by=request.user, request=request, message=note
            )
        except PermissionDenied:
            self.message_user(
                request,
                _("You may not take this step for this %(kind)s.")
                % {"kind": obj._meta.verbose_name},
                messages.ERROR,
            )
        else:
            self.message_user(
                request,
                _("The %(kind)s is now: %(state)s.")
                % {
                    "kind": obj._meta.verbose_name,
                    "state": item.get_workflow_state_display(),
                },
                messages.SUCCESS,
            )
        return HttpResponseRedirect(change_url)

    def _warn_of(self, request, problems, step):
        for place, problem in problems[:SHOWN_PROBLEMS]:
            self.message_user(request, f"{place}: {problem}", messages.WARNING)
        hidden = len(problems) - SHOWN_PROBLEMS
        if hidden > 0:
            self.message_user(
                request,
                ngettext(
                    "And %(count)d more accessibility warning.",
                    "And %(count)d more accessibility warnings.",
                    hidden,
                )
                % {"count": hidden},
                messages.WARNING,
            )
        self.message_user(
            request,
            _(
                "The text was saved, but it was not sent on: fix what the "
                "warnings above point to, or press “%(step)s” again to go on "
                "anyway (the choice is kept in the audit log)."
            )
            % {"step": step},
            messages.WARNING,
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

    def run_transition_on(self, request, queryset, name):
        done = skipped = unchecked = 0
        for item in queryset:
            # Going on despite accessibility warnings is a choice made on
            # the item's own page, where the warnings are shown.
            if name in CHECKED_STEPS and item.accessibility_problems():
                unchecked += 1
                continue
            try:
                workflow_transition(item, name, by=request.user, request=request)
                done += 1
            except PermissionDenied:
                skipped += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d item updated.", "%(count)d items updated.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%(count)d item was skipped: the step is not open for it.",
                    "%(count)d items were skipped: the step is not open for them.",
                    skipped,
                )
                % {"count": skipped},
                messages.WARNING,
            )
        if unchecked:
            self.message_user(
                request,
                ngettext(
                    "%(count)d item was left as it was: its text has accessibility "
                    "warnings. Open it to see them.",
                    "%(count)d items were left as they were: their text has "
                    "accessibility warnings. Open each to see them.",
                    unchecked,
                )
                % {"count": unchecked},
                messages.WARNING,
            )
