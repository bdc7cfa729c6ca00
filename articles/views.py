from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect, render

from articles.forms import ArticleFilterForm
from articles.models import Article, Quote, Topic
from community_cms.pagination import paginate

ARTICLES_PER_PAGE = 12
RELATED_ARTICLE_COUNT = 3


def article_list(request):
    form = ArticleFilterForm(request.GET or None)
    articles = form.filter(Article.objects.published().for_listing())
    return render(
        request,
        "articles/article_list.html",
        {"form": form, "page_obj": paginate(request, articles, ARTICLES_PER_PAGE)},
    )


def article_detail(request, slug):
    article = (
        Article.objects.published()
        .with_slug(slug)
        .select_related("municipality", "department", "partnership")
        .prefetch_related(
            Prefetch("quotes", queryset=Quote.objects.order_by("sort_order", "pk")),
            Prefetch("topics", queryset=Topic.objects.order_by("name")),
            "partner_organizations",
        )
        .first()
    )
    if article is None:
        raise Http404
    # A Hebrew slug reached in another language that has a slug of its own:
    # send the reader to the address in their language.
    if article.slug != slug:
        return redirect(article, permanent=True)
    related = (
        Article.objects.published()
        .for_listing()
        .filter(municipality=article.municipality_id)
        .exclude(pk=article.pk)[:RELATED_ARTICLE_COUNT]
    )
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "related_articles": related, "translated_object": article},
    )
