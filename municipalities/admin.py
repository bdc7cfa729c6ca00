from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from municipalities import tenancy
from municipalities.admin_helpers import (
    MunicipalityScopedAdmin,
    PendingFirstStatusFilter,
    TranslatedAdmin,
)
from municipalities.models import (
    AccessibilityStatement,
    AuditEvent,
    Municipality,
    PendingChange,
    StaffMembership,
)
from municipalities.services import (
    PendingChangeAlreadyDecided,
    pending_change_is_stale,
    pending_change_may_decide,
    pending_change_publish,
    pending_change_reject,
)

admin.site.site_header = _("Community CMS administration")
admin.site.site_title = _("Community CMS")
admin.site.index_title = _("Content management")


@admin.register(Municipality)
class MunicipalityAdmin(TranslatedAdmin):
    list_display = ["name", "slug", "website"]
    search_fields = ["name_he", "name_ar", "name_en", "slug"]
    prepopulated_fields = {"slug": ("name_en",)}


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(TranslatedAdmin):
    list_display = ["municipality", "coordinator_name", "last_reviewed"]
    list_select_related = ["municipality"]
    search_fields = ["municipality__name", "coordinator_name"]
    autocomplete_fields = ["municipality"]
    fieldsets = [
        (None, {"fields": ["municipality", "standard", "last_reviewed"]}),
        (
            _("What residents can expect"),
            {"fields": ["accessible_features", "known_exceptions"]},
        ),
        (
            _("Accessibility coordinator"),
            {"fields": ["coordinator_name", "coordinator_phone", "coordinator_email"]},
        ),
    ]


class StaffMembershipInline(admin.TabularInline):
    model = StaffMembership
    extra = 1
    autocomplete_fields = ["municipality"]


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class StaffUserAdmin(UserAdmin):
    """Users with the municipalities they work in; only network
    administrators have the permissions to open it."""

    inlines = [StaffMembershipInline]
    list_filter = [
        *UserAdmin.list_filter,
        "memberships__municipality",
        "memberships__role",
    ]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """A read-only log: nobody adds, edits or deletes audit events."""

    list_display = ["created_at", "actor_name", "action", "object_repr", "municipality"]
    list_filter = ["action", "municipality", "content_type"]
    search_fields = ["actor_name", "object_repr", "message"]
    date_hierarchy = "created_at"
    list_select_related = ["municipality"]

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def get_fields(self, request, obj=None):
        # Where a colleague logs in from is personal data: only the network
        # administrators, who investigate abuse, see it.
        fields = super().get_fields(request, obj)
        if tenancy.is_network_admin(request.user):
            return fields
        return [name for name in fields if name != "ip_address"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class PendingChangeDecisionForm(forms.Form):
    class Decision(models.TextChoices):
        PUBLISH = "publish", _("Publish this change")
        REJECT = "reject", _("Reject")

    decision = forms.ChoiceField(choices=Decision.choices, widget=forms.HiddenInput)
    note = forms.CharField(
        label=_("Note to the author"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60, "dir": "auto"}),
        help_text=_("Needed to reject: say why, or what to change."),
    )

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("decision") == self.Decision.REJECT
            and not cleaned_data.get("note", "").strip()
        ):
            self.add_error("note", _("Please say why the change is rejected."))
        return cleaned_data


@admin.register(PendingChange)
class PendingChangeAdmin(MunicipalityScopedAdmin):
    """Edits of live content waiting for a publisher: each opens as a
    comparison with the published version, with publish and reject."""

    list_display = [
        "object_repr", "content_type", "municipality", "author", "created_at",
        "status", "decided_by",
    ]  # fmt: skip
    list_filter = [PendingFirstStatusFilter, "municipality", "content_type"]
    list_select_related = ["municipality", "author", "decided_by", "content_type"]
    search_fields = ["object_repr"]
    review_template = "admin/community_cms/pendingchange/review.html"

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return pending_change_may_decide(request.user, obj.municipality_id)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, unquote(object_id))
        if change is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not self.has_view_or_change_permission(request, change):
            raise PermissionDenied
        may_decide = self.has_change_permission(request, change)
        form = PendingChangeDecisionForm(request.POST or None)
        if request.method == "POST":
            if not may_decide:
                raise PermissionDenied
            if form.is_valid():
                return self._decide(request, change, form.cleaned_data)
        context = {
            **self.admin_site.each_context(request),
            **self._comparison(request, change),
            "opts": self.opts,
            "title": _("Review a change: %(item)s") % {"item": change.object_repr},
            "subtitle": None,
            "original": change,
            "change": change,
            "form": form,
            "can_decide": may_decide and change.is_pending,
            "decisions": PendingChangeDecisionForm.Decision,
            "is_stale": change.is_pending and pending_change_is_stale(change),
            **(extra_context or {}),
        }
        return TemplateResponse(request, self.review_template, context)

    def _comparison(self, request, change):
        """The field-by-field difference between the published version the
        change was made to and the proposed one, drawn by the content's own
        admin (django-reversion-compare)."""
        model = change.content_type.model_class()
        content_admin = self.admin_site.get_model_admin(model)
        obj = change.content_object()
        versions = Version.objects.get_for_object(obj)
        published = versions.get(revision=change.base_revision)
        proposed = versions.get(revision=change.revision)
        compare_data, has_unfollowed_fields = content_admin.compare(
            obj, published, proposed
        )
        opts = model._meta
        return {
            "compare_data": compare_data,
            "has_unfollowed_fields": has_unfollowed_fields,
            "version1": published,
            "version2": proposed,
            "content_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]
            ),
        }

    def _decide(self, request, change, data):
        Decision = PendingChangeDecisionForm.Decision
        try:
            if data["decision"] == Decision.PUBLISH:
                pending_change_publish(change, by=request.user, request=request)
                message = _("The change is published.")
            else:
                pending_change_reject(
                    change, by=request.user, note=data["note"], request=request
                )
                message = _("The change was rejected.")
        except PendingChangeAlreadyDecided as decided:
            self.message_user(
                request,
                _("Nothing was changed: this change was already decided (%(status)s).")
                % {"status": decided},
                messages.ERROR,
            )
            return redirect(request.path)
        self.message_user(request, message, messages.SUCCESS)
        return redirect("admin:community_cms_pendingchange_changelist")
