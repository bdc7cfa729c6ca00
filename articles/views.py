from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import add_never_cache_headers

from articles.forms import ArticleFilterForm
from articles.models import ARTICLE_CARD_FIELDS, Article
from core.page_cache import cache_public_page, page_shows_municipality
from core.pagination import paginate

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
        .only(*ARTICLE_CARD_FIELDS)
        .exclude(pk=article.pk)
        .order_by("-published_at", "-pk")[:RELATED_ARTICLE_COUNT]
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related_articles": related, "translated_object": article},
    )


def article_preview(request, token):
    """An article in any state, exactly as residents would see it, for
    whoever holds a signed link that has not expired."""
    try:
        article_pk = Article.previewed_pk(
            token, max_age=settings.ARTICLE_PREVIEW_MAX_AGE
        )
    except signing.SignatureExpired:
        response = render(request, "articles/preview_expired.html", status=410)
        add_never_cache_headers(response)
        return response
    except signing.BadSignature as error:
        raise Http404 from error
    article = get_object_or_404(Article.objects.for_detail(), pk=article_pk)
    article.read_page_relations()
    response = render(
        request,
        "articles/article_detail.html",
        {"article": article, "is_preview": True},
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    return response
