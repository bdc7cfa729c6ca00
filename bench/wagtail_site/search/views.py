"""The search page of `wagtail start`'s project template, for the news
articles: Wagtail's own search (the database backend, PostgreSQL full-text
search here), 20 results a page as community_cms's search page shows."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse
from news.models import NewsArticlePage

RESULTS_PER_PAGE = 20


def search(request):
    search_query = request.GET.get("query", None)
    page = request.GET.get("page", 1)

    # The article pages themselves (not Page), so that each result has its
    # date and lede without a query per result.
    if search_query:
        search_results = NewsArticlePage.objects.live().search(search_query)
    else:
        search_results = NewsArticlePage.objects.none()

    paginator = Paginator(search_results, RESULTS_PER_PAGE)
    try:
        search_results = paginator.page(page)
    except PageNotAnInteger:
        search_results = paginator.page(1)
    except EmptyPage:
        search_results = paginator.page(paginator.num_pages)

    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": search_query, "search_results": search_results},
    )
