import pytest
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from core import pagination
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def test_a_deep_page_holds_the_same_articles_in_the_same_order(monkeypatch):
    ArticleFactory.create_batch(9)
    articles = Article.objects.published().for_listing()
    expected = list(articles[4:6])
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)

    with CaptureQueriesContext(connection) as queries:
        page = pagination.ListPaginator(articles, 2).page(3)
        rows = list(page.object_list)

    assert rows == expected
    # The ids are picked in a subquery: still one query for the rows.
    assert "IN (SELECT" in queries.captured_queries[-1]["sql"].upper()


def test_the_last_page_keeps_its_orphans(monkeypatch):
    ArticleFactory.create_batch(7)
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 0)
    articles = Article.objects.published().for_listing()

    page = pagination.ListPaginator(articles, 3, orphans=1).page(2)

    assert list(page.object_list) == list(articles[3:7])


def test_the_number_of_matches_is_counted_once_until_content_changes(settings):
    settings.PAGINATOR_COUNT_CACHE_SECONDS = 600
    ArticleFactory.create_batch(3)
    request = RequestFactory().get("/he/news/", {"page": "1"})

    assert (
        pagination.paginate(request, Article.objects.published(), 2).paginator.count
        == 3
    )
    with CaptureQueriesContext(connection) as queries:
        paginator = pagination.paginate(
            RequestFactory().get("/he/news/", {"page": "2"}),
            Article.objects.published(),
            2,
        ).paginator
        assert paginator.count == 3  # the count kept in the cache
    assert not any("COUNT" in q["sql"] for q in queries.captured_queries)

    ArticleFactory()

    assert (
        pagination.paginate(request, Article.objects.published(), 2).paginator.count
        == 4
    )


def test_each_filter_has_its_own_count(settings):
    settings.PAGINATOR_COUNT_CACHE_SECONDS = 600
    wanted = ArticleFactory()
    ArticleFactory()
    factory = RequestFactory()

    everything = pagination.paginate(
        factory.get("/he/news/"), Article.objects.published(), 10
    )
    filtered = pagination.paginate(
        factory.get("/he/news/", {"municipality": wanted.municipality.slug}),
        Article.objects.published().filter(municipality=wanted.municipality),
        10,
    )

    assert everything.paginator.count == 2
    assert filtered.paginator.count == 1
