from django import template
from django.contrib import admin
from django.urls import reverse

from submissions.models import ProfileSubmission

register = template.Library()


@register.inclusion_tag(
    "admin/submissions/pending_submissions.html", takes_context=True
)
def pending_profile_submissions(context):
    """The moderation queue's size, for the admin home page: counted in the
    queue the staff member sees (their municipalities), or nothing for
    staff who may not see submissions."""
    request = context.get("request")
    model_admin = admin.site.get_model_admin(ProfileSubmission)
    if request is None or not model_admin.has_view_permission(request):
        return {"count": None}
    return {
        "count": model_admin.get_queryset(request).pending().count(),
        "url": reverse("admin:submissions_profilesubmission_changelist"),
    }
