"""The municipality pages that belong to no other app: the accessibility
statements; and the signed preview every kind of workflow content shares."""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers

from core.page_cache import cache_public_page
from municipalities.models import AccessibilityStatement


@cache_public_page
def accessibility_statement(request):
    statements = AccessibilityStatement.objects.on_site(request.site).select_related(
        "municipality"
    )
    return render(
        request,
        "municipalities/accessibility_statement.html",
        {"statements": statements},
    )


def workflow_preview(request, queryset, token, draw):
    """An item of ``queryset`` in any state, drawn by ``draw(request, item)``
    as residents would see it, for whoever holds a signed link that has not
    expired; never stored, never indexed."""
    try:
        pk = queryset.model.previewed_pk(
            token, max_age=settings.ARTICLE_PREVIEW_MAX_AGE
        )
    except signing.SignatureExpired:
        response = render(request, "municipalities/preview_expired.html", status=410)
        add_never_cache_headers(response)
        return response
    except signing.BadSignature as error:
        raise Http404 from error
    response = draw(request, get_object_or_404(queryset, pk=pk))
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response
