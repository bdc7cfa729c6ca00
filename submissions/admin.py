"""Moderation of the profiles partners send through the public form.
Submissions are a record of what was sent: staff do not edit them, they
approve, reject or ask for changes from the review page."""

from contextlib import nullcontext

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from municipalities.admin_helpers import (
    PendingFirstStatusFilter,
)
from partners.models import PartnerOrganization
from submissions import services
from submissions.models import EmailNotification, ProfileSubmission
from submissions.tasks import notifications_enqueue


class SubmissionDecisionForm(forms.Form):
    class Decision(models.TextChoices):
        APPROVE = "approve", _("Approve and publish")
        REQUEST_CHANGES = "request_changes", _("Ask for changes")
        REJECT = "reject", _("Reject")

    decision = forms.ChoiceField(choices=Decision.choices, widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Reason or requested changes"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 60, "dir": "auto"}),
        help_text=_(
            "Needed to reject or to ask for changes; it is emailed to the "
            "submitter, so write it in the language they wrote in."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("decision")
            in {
                self.Decision.REJECT,
                self.Decision.REQUEST_CHANGES,
            }
            and not cleaned_data.get("reason", "").strip()
        ):
            self.add_error(
                "reason",
                _("Please write the reason: the submitter receives it by email."),
            )
        return cleaned_data


# The order of the review table: the public form's fields.
REVIEW_FIELDS = [
    "name", "kind", "summary", "description", "website", "fields_of_action",
    "populations", "regions", "municipalities", "communities_count",
    "member_organizations", "members_note", "funders", "logo", "logo_alt",
    "contact_name", "contact_role", "contact_email", "contact_phone",
    "contact_is_public",
]  # fmt: skip
PRIVATE_FIELDS = {"contact_name", "contact_role", "contact_email", "contact_phone"}


def submission_review_rows(submission, partner):
    """One row per field: what was sent and, for an update, what the profile
    shows now in the submission's language, and whether it changed."""
    translated = PartnerOrganization.translated_field_names()
    rows = []
    for name in REVIEW_FIELDS:
        row = {
            "name": name,
            "label": ProfileSubmission._meta.get_field(name).verbose_name,
            "is_image": name == "logo",
            "is_private": name in PRIVATE_FIELDS,
            "submitted": submission.logo
            if name == "logo"
            else submission.profile_text(name),
            "current": None,
            "changed": False,
        }
        if partner is not None:
            if name == "logo":
                row["current"] = partner.logo.file if partner.logo else None
                row["changed"] = bool(submission.logo)
            elif name == "logo_alt":
                # Kept with the logo in the library, in each language.
                with translation.override(submission.language):
                    row["current"] = partner.logo.alt_text if partner.logo else ""
                row["changed"] = row["current"] != row["submitted"]
            else:
                # Translated text as shown in the submission's language;
                # labels and choices in the staff member's.
                shown_in = (
                    translation.override(submission.language)
                    if name in translated
                    else nullcontext()
                )
                with shown_in:
                    row["current"] = partner.profile_text(name)
                row["changed"] = row["current"] != row["submitted"]
        rows.append(row)
    return rows


@admin.register(ProfileSubmission)
class ProfileSubmissionAdmin(admin.ModelAdmin):
    list_display = [
        "name", "kind", "submission_type", "language", "status", "created_at",
        "decided_by",
    ]  # fmt: skip
    list_filter = [PendingFirstStatusFilter, "language", "kind", "is_update"]
    search_fields = ["name", "contact_name", "contact_email"]
    date_hierarchy = "created_at"
    list_select_related = ["decided_by"]
    ordering = ["created_at"]
    review_template = "admin/submissions/profilesubmission/review.html"

    def has_add_permission(self, request):
        # Submissions come only from the public form.
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_change_permission(self, request, obj=None):
        # "Change" is deciding: the model permission, and for one submission
        # being a publisher where the partner works.
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return services.submission_may_decide(request.user, obj)

    @admin.display(description=_("type"))
    def submission_type(self, obj):
        return _("Update") if obj.is_update else _("New organization")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        """The review page: the submission beside the current profile, and
        the decision buttons (for staff with the change permission)."""
        submission = self.get_object(request, unquote(object_id))
        if submission is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, submission):
            raise PermissionDenied
        may_decide = self.has_change_permission(request, submission)
        can_decide = submission.is_pending and may_decide
        form = SubmissionDecisionForm(request.POST or None)
        if request.method == "POST":
            if not may_decide:
                raise PermissionDenied
            if not submission.is_pending:
                return self._already_decided(request, submission.get_status_display())
            if form.is_valid():
                return self._decide(request, submission, form.cleaned_data)

        partner = submission.partner if submission.is_update else None
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Review: %(name)s") % {"name": submission.name},
            "subtitle": None,
            "original": submission,
            "submission": submission,
            "partner": partner,
            "rows": submission_review_rows(submission, partner),
            "form": form,
            "can_decide": can_decide,
            "decisions": SubmissionDecisionForm.Decision,
            "possible_duplicates": self._possible_duplicates(submission),
            "has_delete_permission": self.has_delete_permission(request, submission),
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.review_template, context)

    def _decide(self, request, submission, data):
        Decision = SubmissionDecisionForm.Decision
        try:
            if data["decision"] == Decision.APPROVE:
                partner = services.submission_approve(submission, by=request.user)
                message = _("Approved: %(name)s is published.") % {"name": partner}
            elif data["decision"] == Decision.REQUEST_CHANGES:
                services.submission_request_changes(
                    submission, by=request.user, reason=data["reason"]
                )
                message = _("The submitter was asked for changes.")
            else:
                services.submission_reject(
                    submission, by=request.user, reason=data["reason"]
                )
                message = _("The submission was rejected.")
        except services.SubmissionAlreadyDecided as decided:
            return self._already_decided(request, decided)
        self.log_change(request, submission, str(message))
        self.message_user(request, message, messages.SUCCESS)
        return redirect("admin:submissions_profilesubmission_changelist")

    def _already_decided(self, request, status):
        # A double click, or two staff members at once: the first decision
        # stands and the second changes nothing.
        self.message_user(
            request,
            _("Nothing was changed: this submission was already decided (%(status)s).")
            % {"status": status},
            messages.ERROR,
        )
        return redirect(request.path)

    def _possible_duplicates(self, submission):
        """Published or draft partners with the same name, for a new one."""
        if submission.is_update:
            return PartnerOrganization.objects.none()
        name_filter = Q()
        for code, _name in settings.LANGUAGES:
            name_filter |= Q(**{f"name_{code}__iexact": submission.name})
        return PartnerOrganization.objects.filter(name_filter)[:5]


@admin.register(EmailNotification)
class EmailNotificationAdmin(admin.ModelAdmin):
    """The email outbox, read-only: failed emails stay visible with the mail
    server's answer, and can be sent again from the list (by a task)."""

    list_display = [
        "created_at", "recipient", "subject", "kind", "status", "attempts",
        "sent_at", "short_error",
    ]  # fmt: skip
    list_filter = ["status", "kind"]
    search_fields = ["recipient", "subject"]
    date_hierarchy = "created_at"
    actions = ["send_again"]
    readonly_fields = [
        "kind", "recipient", "language", "subject", "body", "submission", "status",
        "attempts", "last_error", "created_at", "sent_at",
    ]  # fmt: skip

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_send_again_permission(self, request):
        return request.user.has_perm("submissions.change_emailnotification")

    @admin.display(description=_("last error"))
    def short_error(self, obj):
        return Truncator(obj.last_error).chars(80)

    @admin.action(
        description=_("Send the selected emails again"), permissions=["send_again"]
    )
    def send_again(self, request, queryset):
        """Queue a task for each selected email not sent yet; the list shows
        them waiting until the worker has tried."""
        waiting = list(queryset.exclude(status=EmailNotification.Status.SENT))
        EmailNotification.objects.filter(pk__in=[n.pk for n in waiting]).update(
            status=EmailNotification.Status.PENDING
        )
        notifications_enqueue(waiting)
        self.message_user(
            request,
            ngettext(
                "%(count)s email will be sent in a moment.",
                "%(count)s emails will be sent in a moment.",
                len(waiting),
            )
            % {"count": len(waiting)},
            messages.SUCCESS,
        )
