"""Anyone can ask for thousands of distinct addresses, and every stored page
takes room in the page cache. When it is full, the cache drops entries: the
rate-limit counters must not be among them, or a robot could empty its own
counter by asking for pages."""

from http import HTTPStatus

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.ratelimit import rate_limit_exceeded
from tests.articles.factories import ArticleFactory

LOCMEM = "django.core.cache.backends.locmem.LocMemCache"

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_page_cache(settings):
    """A page cache with room for 20 entries that empties itself when full
    (CULL_FREQUENCY 0), as a Redis with ``allkeys-lru`` evicts under
    pressure; counters in their own cache, as in every environment."""
    settings.CACHES = {
        "default": {
            "BACKEND": LOCMEM,
            "LOCATION": "flood-test-pages",
            "OPTIONS": {"MAX_ENTRIES": 20, "CULL_FREQUENCY": 0},
        },
        "ratelimit": {"BACKEND": LOCMEM, "LOCATION": "flood-test-counters"},
        "fragments": settings.CACHES["fragments"],
    }
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    caches["ratelimit"].clear()
    yield
    cache.clear()
    caches["ratelimit"].clear()


@pytest.mark.usefixtures("small_page_cache")
def test_counters_survive_a_page_cache_that_culls(client):
    ArticleFactory()
    over_limit = [
        rate_limit_exceeded("flood", "sender", limit=3, window=600) for _ in range(3)
    ]
    assert over_limit == [False, False, False]
    cache.set("flood-marker", "here")

    for number in range(60):
        response = client.get(f"/he/news/?page={number}")
        assert response.status_code == HTTPStatus.OK
        assert "public" in response["Cache-Control"]

    # The page cache did empty itself...
    assert cache.get("flood-marker") is None
    # ...and the sender is still over the limit.
    assert rate_limit_exceeded("flood", "sender", limit=3, window=600)


def test_a_page_with_query_parameters_it_does_not_read_is_not_stored(client):
    ArticleFactory()
    client.get("/he/news/?x=1")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/he/news/?x=1")

    assert response.status_code == HTTPStatus.OK
    # Drawn again (it reads the database), and not offered to other caches.
    assert len(queries) > 0
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.parametrize(
    "address",
    ["/he/news/?page=2", "/he/partners/?kind=ngo&page=1", "/he/departments/?page=1"],
)
def test_a_page_with_the_parameters_it_reads_is_stored(
    client, address, django_assert_num_queries
):
    ArticleFactory()
    client.get(address)

    with django_assert_num_queries(0):
        response = client.get(address)

    assert "public" in response["Cache-Control"]
