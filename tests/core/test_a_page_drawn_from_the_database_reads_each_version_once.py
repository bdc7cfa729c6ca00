"""A page drawn from the database asks the shared cache (Redis in
production) for each version it depends on once, and keeps the site's
header, navigation and footer in the process: every read is a round trip."""

from collections import Counter
from contextlib import contextmanager

import pytest
from django.core.cache import cache, caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from alerts.models import _memo, alerts_changed, coming_alerts
from core import page_cache
from tests.articles.factories import ArticleFactory
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_trips(monkeypatch):
    """The keys read from the default cache, one list per round trip Redis
    would make (a ``get_many`` is one, whatever local memory does inside)."""
    trips = []
    get, get_many = cache.get, cache.get_many
    inside_get_many = []

    def counted_get(key, *args, **kwargs):
        if not inside_get_many:
            trips.append([key])
        return get(key, *args, **kwargs)

    def counted_get_many(keys, *args, **kwargs):
        trips.append(list(keys))
        inside_get_many.append(True)
        try:
            return get_many(keys, *args, **kwargs)
        finally:
            inside_get_many.pop()

    monkeypatch.setattr(cache, "get", counted_get)
    monkeypatch.setattr(cache, "get_many", counted_get_many)
    return trips


def reads_of(trips):
    return Counter(key for keys in trips for key in keys)


def test_an_article_page_reads_each_key_once(client, settings, round_trips):
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(image=ImageFactory())
    # The first request draws the fragments and the social picture.
    assert client.get(article.get_absolute_url()).status_code == 200
    round_trips.clear()

    assert client.get(article.get_absolute_url()).status_code == 200

    reads = reads_of(round_trips)
    assert reads, "the page read no version at all"
    assert max(reads.values()) == 1, reads
    assert "alerts:version" in reads
    assert not [key for key in reads if "template.cache" in key]


def test_an_article_page_with_a_photo_makes_one_round_trip(
    client, settings, round_trips
):
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(image=ImageFactory())
    assert client.get(article.get_absolute_url()).status_code == 200
    round_trips.clear()

    assert client.get(article.get_absolute_url()).status_code == 200

    # The versions of the site, the alerts, the fragments' token: one
    # read. The photo's social picture is known to this process already.
    assert len(round_trips) == 1, round_trips
    assert {"alerts:version", "pagecache:scope:epoch"} <= set(round_trips[0])


def test_another_process_learns_the_social_picture_from_the_shared_cache(
    client, settings, round_trips
):
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory(image=ImageFactory())
    assert client.get(article.get_absolute_url()).status_code == 200
    caches["fragments"].clear()
    round_trips.clear()

    page = client.get(article.get_absolute_url())

    assert page.status_code == 200
    assert b"renditions/social/" in page.content
    asked = [keys for keys in round_trips if keys[0].startswith("social-image:")]
    assert len(asked) == 1, round_trips


def test_the_news_list_asks_for_all_its_versions_in_one_round_trip(
    client, settings, round_trips
):
    settings.PAGE_CACHE_SECONDS = 0
    ArticleFactory()
    client.get("/he/news/")
    round_trips.clear()

    assert client.get("/he/news/").status_code == 200

    # The site, the alerts, the two filter lists, the fragments' token
    # and the content's (the key of the cached count).
    versions = {
        "sites:directory-version",
        "alerts:version",
        "rows:community_cms.municipality:version",
        "rows:articles.topic:version",
        "pagecache:scope:epoch",
        "pagecache:scope:any",
    }
    asking = [keys for keys in round_trips if versions & set(keys)]
    assert len(asking) == 1, round_trips
    assert versions <= set(asking[0])


def test_the_site_chrome_is_kept_in_the_process(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    article = ArticleFactory()
    client.get(article.get_absolute_url())

    fragments = caches["fragments"]
    kept = [key for key in fragments._cache if "template.cache.site_header" in key]
    assert kept


def test_outside_a_request_every_read_asks_the_shared_cache(round_trips):
    coming_alerts()
    round_trips.clear()
    coming_alerts()
    coming_alerts()
    assert reads_of(round_trips)["alerts:version"] == 2


@contextmanager
def a_request():
    """The signals a request sends, without closing the test's database
    connection as they would (Django's test client leaves that out too)."""
    request_started.disconnect(close_old_connections)
    request_started.send(sender=None)
    try:
        yield
    finally:
        request_finished.disconnect(close_old_connections)
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_a_change_during_a_request_is_seen_by_the_rest_of_it():
    with a_request():
        before = _memo.get()
        alerts_changed()
        assert _memo.get() is not before


def test_a_save_during_a_request_gives_the_rest_of_it_a_new_content_version():
    with a_request():
        before = page_cache.content_version()
        page_cache.content_changed()
        assert page_cache.content_version() != before
