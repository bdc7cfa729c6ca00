"""The municipality pages that belong to no other app: the accessibility
statements."""

from django.shortcuts import render

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
