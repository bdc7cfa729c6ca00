from django.http import Http404
from django.shortcuts import render

from core.page_cache import cache_public_page
from municipalities.views import workflow_preview
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
    return workflow_preview(
        request,
        Page.objects.select_related("site"),
        token,
        lambda request, page: _render(
            request, page, page.ancestor_list(), is_preview=True
        ),
    )
