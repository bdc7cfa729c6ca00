"""The public pages of city partnerships."""

from datetime import datetime

from django.shortcuts import render
from django.utils import timezone

from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page
from core.pagination import CompiledRows, paginate
from municipalities.models import compiled_item_at_slug
from partnerships.models import Partnership

PARTNERSHIPS_PER_PAGE = 12
PARTNERSHIP_ARTICLE_COUNT = 6

# A partnership's page, read with queries compiled once per language
# (core.compiled_queries): the partnership at a slug on a site and its latest
# news (through the relation the news app declares: that app sits above this
# one); the rest it reads itself (``Partnership.read_page_relations``).
PARTNERSHIP_AT_SLUG = compiled_item_at_slug(lambda: Partnership.objects.published())
NEWS_OF_PARTNERSHIP = CompiledQuery(
    lambda partnership_id, now: (
        Partnership.articles.field.model.objects.published(at=now)
        .for_cards()
        .filter(partnership=partnership_id)[:PARTNERSHIP_ARTICLE_COUNT]
    ),
    partnership_id=int,
    now=datetime,
)

# The list: counted, and read a page at a time, from SQL compiled once per
# language.
PARTNERSHIP_CARDS = CompiledQuery(
    lambda site_municipality_id: (
        Partnership.objects.published().on_site_of(site_municipality_id).for_cards()
    ),
    site_municipality_id=int,
)


@cache_public_page(query=["page"])
def partnership_list(request):
    partnerships = CompiledRows(
        PARTNERSHIP_CARDS, site_municipality_id=request.site.municipality_id
    )
    return render(
        request,
        "partnerships/partnership_list.html",
        {"page_obj": paginate(request, partnerships, PARTNERSHIPS_PER_PAGE)},
    )


@cache_public_page
def partnership_detail(request, slug):
    partnership = PARTNERSHIP_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id
    )
    partnership.read_page_relations()
    articles = NEWS_OF_PARTNERSHIP.run(
        partnership_id=partnership.pk, now=timezone.now()
    )
    return render(
        request,
        "partnerships/partnership_detail.html",
        {"partnership": partnership, "articles": articles},
    )
