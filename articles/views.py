from datetime import datetime

from django.shortcuts import redirect, render
from django.utils import timezone

from articles.forms import ArticleFilterForm
from articles.models import Article
from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page, page_shows_municipality
from core.pagination import CompiledRows, paginate
from municipalities.views import workflow_preview

ARTICLES_PER_PAGE = 12
RELATED_ARTICLE_COUNT = 3

# The article page's own reads, compiled once per language: the article at a
# slug on a site (every municipality's on the portal), and the latest others
# of its municipality.
ARTICLE_AT_SLUG = CompiledQuery(
    lambda slug, municipality_id, now: (
        Article.objects.published(at=now)
        .on_site_of(municipality_id)
        .with_slug(slug)
        .for_detail()[:1]
    ),
    slug=str,
    municipality_id=int,
    now=datetime,
)
RELATED_ARTICLES = CompiledQuery(
    lambda article_id, municipality_id, now: (
        Article.objects.published(at=now)
        .filter(municipality_id=municipality_id)
        .for_cards()
        .exclude(pk=article_id)[:RELATED_ARTICLE_COUNT]
    ),
    article_id=int,
    municipality_id=int,
    now=datetime,
)


# The news list: counted, and read a page at a time, from SQL compiled once
# per language and set of filters.
NEWS_CARDS = CompiledQuery(
    lambda now, site_municipality_id, municipality_id, topic_id: (
        Article.objects.published(at=now)
        .on_site_of(site_municipality_id)
        .chosen(municipality_id=municipality_id, topic_id=topic_id)
        .for_cards()
    ),
    now=datetime,
    site_municipality_id=int,
    municipality_id=int,
    topic_id=int,
)


@cache_public_page(query=[*ArticleFilterForm.base_fields, "page"])
def article_list(request):
    form = ArticleFilterForm(request.GET or None, site=request.site)
    articles = CompiledRows(
        NEWS_CARDS,
        now=timezone.now(),
        site_municipality_id=request.site.municipality_id,
        **form.chosen_ids(),
    )
    return render(
        request,
        "articles/article_list.html",
        {"form": form, "page_obj": paginate(request, articles, ARTICLES_PER_PAGE)},
    )


@cache_public_page
def article_detail(request, slug):
    # Another municipality's article is not at this site's address: 404.
    now = timezone.now()
    article = ARTICLE_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id, now=now
    )
    # A Hebrew slug reached in another language that has a slug of its own:
    # send the reader to the address in their language.
    if article.slug != slug:
        return redirect(article, permanent=True)
    article.read_page_relations()
    page_shows_municipality(request, article.municipality_id)
    related = RELATED_ARTICLES.run(
        article_id=article.pk, municipality_id=article.municipality_id, now=now
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related_articles": related, "translated_object": article},
    )


def article_preview(request, token):
    return workflow_preview(request, Article.objects.for_detail(), token, _draw_preview)


def _draw_preview(request, article):
    article.read_page_relations()
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "is_preview": True},
    )
