"""A site's home page shows first the articles its publishers pinned, then
the latest news, the spotlight partner among those serving the city and
its upcoming delegation visits; drawing it costs the same few queries
whatever the amount of content."""

import datetime

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _published(days_ago, **fields):
    return ArticleFactory(
        published_at=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )


def test_pinned_articles_come_first_then_the_latest(client, cities):
    alpha, beta = cities
    old_pinned = _published(30, municipality=alpha.municipality, pinned=True)
    newer = [_published(days, municipality=alpha.municipality) for days in (1, 2, 3)]
    _published(40, municipality=beta.municipality, pinned=True)

    shown = client.get("/he/", HTTP_HOST=alpha.host).context["articles"]

    latest = [alpha.article, *newer]  # the fixture's article is an hour old
    assert [a.pk for a in shown] == [old_pinned.pk, *(a.pk for a in latest)]
    assert all(a.municipality_id == alpha.municipality.pk for a in shown)


def test_a_pinned_draft_or_scheduled_article_stays_off_the_home_page(client, cities):
    alpha, _beta = cities
    draft = _published(1, municipality=alpha.municipality, pinned=True, status="draft")
    scheduled = _published(-2, municipality=alpha.municipality, pinned=True)

    shown = client.get("/he/", HTTP_HOST=alpha.host).context["articles"]

    assert draft not in shown and scheduled not in shown


def test_a_pinned_article_among_the_latest_is_shown_once(client, cities):
    alpha, _beta = cities
    pinned = _published(0.5, municipality=alpha.municipality, pinned=True)
    others = [_published(days, municipality=alpha.municipality) for days in range(1, 8)]

    shown = client.get("/he/", HTTP_HOST=alpha.host).context["articles"]

    # Five of the others fill the page after it: the fixture's article (an
    # hour old) and the four newest of the seven.
    assert [a.pk for a in shown] == [
        pinned.pk,
        alpha.article.pk,
        *(a.pk for a in others[:4]),
    ]


def test_many_pinned_articles_fill_the_page_newest_first(client, cities):
    alpha, _beta = cities
    pinned = [
        _published(days, municipality=alpha.municipality, pinned=True)
        for days in range(1, 9)
    ]

    shown = client.get("/he/", HTTP_HOST=alpha.host).context["articles"]

    assert [a.pk for a in shown] == [a.pk for a in pinned[:6]]


def test_the_city_home_page_costs_the_same_queries_for_more_content(
    client, cities, page_cache_off, django_assert_num_queries
):
    alpha, _beta = cities
    client.get("/he/", HTTP_HOST=alpha.host)
    with django_assert_num_queries(4) as few:
        client.get("/he/", HTTP_HOST=alpha.host)
    # (Read now: each request empties the connection's query log.)
    few_count = len(few.captured_queries)

    for days in range(1, 12):
        _published(days, municipality=alpha.municipality, pinned=days % 3 == 0)
    client.get("/he/", HTTP_HOST=alpha.host)  # the sites, read again after saves

    with django_assert_num_queries(few_count):
        client.get("/he/", HTTP_HOST=alpha.host)
