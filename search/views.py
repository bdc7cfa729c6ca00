from django.conf import settings
from django.shortcuts import render
from django.utils.translation import get_language

from core.page_cache import cache_public_page
from core.pagination import ListPaginator
from search.forms import SearchForm
from search.query import search

RESULTS_PER_PAGE = 20


# The page is the same for every visitor (its form is sent with GET, so it
# has no CSRF token): anonymous visitors may be served a stored copy.
@cache_public_page(query=[*SearchForm.base_fields, "page"])
def search_results(request):
    """Published content in the visitor's language matching their words.
    Any query string gives a page: no words, refused words and no matches
    each say what to try instead."""
    form = SearchForm(request.GET or None, site=request.site)
    query = form.query()
    context = {
        "form": form,
        "query": query,
        "page_obj": None,
        "max_results": settings.SEARCH_MAX_RANKED_RESULTS,
    }
    if query:
        results = search(query, language=get_language(), **form.filters())
        # The results know their number: no count query, and no cached
        # count (core.pagination.paginate) to keep.
        paginator = ListPaginator(results.documents, RESULTS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("page"))
        # The filter's list of municipalities is read anyway for its
        # <select>: the results take their municipality from it.
        municipalities = form.municipalities()
        for result in page_obj:
            result.municipality = municipalities.get(result.municipality_id)
        context.update(
            results=results,
            page_obj=page_obj,
            forms=results.query.all_forms,
        )
    response = render(request, "search/results.html", context)
    # Result pages are endless and thin: keep them out of search engines.
    response["X-Robots-Tag"] = "noindex"
    return response
