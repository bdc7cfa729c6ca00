from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.cache import add_never_cache_headers

from core.page_cache import cache_public_page
from pages.models import ImageBlock, Page
from pages.rendering import page_blocks


def _render(request, page, ancestors, **context):
    # Drafts above a previewed page are left out of its trail.
    page.breadcrumbs = [ancestor for ancestor in ancestors if ancestor.is_published]
    blocks = page_blocks(page, request.site)
    return render(
        request,
        "pages/page_detail.html",
        {
            "page": page,
            "blocks": blocks,
            # Shared links show the page's first photo, cropped around its
            # focal point.
            "photo": next(
                (block.image for block in blocks if isinstance(block, ImageBlock)),
                None,
            ),
            "translated_object": page,
            **context,
        },
    )


@cache_public_page
def page_detail(request, path):
    page = (
        Page.objects.published()
        .on_site(request.site)
        .with_path(path)
        .select_related("site")
        .first()
    )
    if page is None:
        raise Http404
    ancestors = page.ancestor_list()
    # A page under an unpublished page is not public either.
    if not all(ancestor.is_published for ancestor in ancestors):
        raise Http404
    return _render(request, page, ancestors)


def page_preview(request, token):
    """A page in any state, as residents would see it, for whoever holds a
    signed link that has not expired."""
    try:
        pk = Page.previewed_pk(token, max_age=settings.ARTICLE_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        response = render(request, "articles/preview_expired.html", status=410)
        add_never_cache_headers(response)
        return response
    except signing.BadSignature as error:
        raise Http404 from error
    page = get_object_or_404(Page.objects.select_related("site"), pk=pk)
    response = _render(request, page, page.ancestor_list(), is_preview=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response
