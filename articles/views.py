from django.http import Http404
from django.shortcuts import redirect, render

from articles.forms import ArticleFilterForm
from articles.models import ARTICLE_CARD_FIELDS, Article
from core.models import page_columns
from core.page_cache import cache_public_page, page_shows_municipality
from core.pagination import paginate
from municipalities.views import workflow_preview

ARTICLES_PER_PAGE = 12
RELATED_ARTICLE_COUNT = 3


@cache_public_page(query=[*ArticleFilterForm.base_fields, "page"])
def article_list(request):
    form = ArticleFilterForm(request.GET or None, site=request.site)
    articles = form.filter(
        Article.objects.published().on_site(request.site).for_cards()
    )
    return render(
        request,
        "articles/article_list.html",
        {"form": form, "page_obj": paginate(request, articles, ARTICLES_PER_PAGE)},
    )


@cache_public_page
def article_detail(request, slug):
    # Another municipality's article is not at this site's address: 404.
    article = (
        Article.objects.published()
        .on_site(request.site)
        .with_slug(slug)
        .for_detail()
        .first()
    )
    if article is None:
        raise Http404
    # A Hebrew slug reached in another language that has a slug of its own:
    # send the reader to the address in their language.
    if article.slug != slug:
        return redirect(article, permanent=True)
    article.read_page_relations()
    page_shows_municipality(request, article.municipality_id)
    # Through the municipality's own manager, which hands it to every
    # related article instead of joining it again.
    related = (
        article.municipality.articles.published()
        .select_related("image")
        .only(*page_columns(Article, *ARTICLE_CARD_FIELDS, "image__file"))
        .exclude(pk=article.pk)
        .order_by("-published_at", "-pk")[:RELATED_ARTICLE_COUNT]
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
