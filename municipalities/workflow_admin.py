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

from municipalities import tenancy
from municipalities.services import workflow_transition
from municipalities.workflow import TRANSITIONS, WorkflowStatus

WORKFLOW_BUTTON_PREFIX = "_workflow_"


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
        try:
            item = workflow_transition(obj, name, by=request.user, request=request)
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
        opts = obj._meta
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
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
        done = skipped = 0
        for item in queryset:
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
