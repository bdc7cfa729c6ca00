from django.core.paginator import Paginator


def paginate(request, queryset, per_page):
    """The requested page of ``queryset``; a missing, non-numeric or
    out-of-range ``?page=`` gives the nearest real page instead of an error."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))
