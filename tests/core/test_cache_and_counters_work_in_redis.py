"""The shared cache of a multi-server setup, against the real Redis on
127.0.0.1:6379 (skipped, saying why, when none answers)."""

import socket
import uuid

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

from core.page_cache import content_version
from core.ratelimit import rate_limit_exceeded
from tests.articles.factories import ArticleFactory

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379


def _redis_answers():
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=0.5) as s:
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


pytestmark = pytest.mark.skipif(
    not _redis_answers(),
    reason=f"no Redis answers on {REDIS_HOST}:{REDIS_PORT} (start redis-server)",
)


@pytest.fixture
def redis_cache():
    # A prefix of our own: other runs and projects may share this Redis.
    prefix = f"test-community-cms-{uuid.uuid4().hex}"
    redis = {
        "BACKEND": "core.cache.RedisCache",
        "LOCATION": f"redis://{REDIS_HOST}:{REDIS_PORT}/0",
        "KEY_PREFIX": prefix,
    }
    # Production keeps the counters in a Redis of their own; one server with
    # our prefix is enough to show they are shared.
    caches = {
        "default": redis,
        "ratelimit": redis,
        "fragments": settings.CACHES["fragments"],
    }
    with override_settings(CACHES=caches):
        yield cache
        client = cache._cache.get_client(write=True)
        keys = list(client.scan_iter(f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def test_values_and_counters_round_trip_through_redis(redis_cache):
    redis_cache.set("greeting", "שלום", 30)

    assert redis_cache.get("greeting") == "שלום"
    assert redis_cache.add("counter", 0, 30)
    assert redis_cache.incr("counter") == 1


def test_every_cache_operation_shares_one_redis_client(redis_cache, monkeypatch):
    made = []
    real_client = redis_cache._cache._client
    monkeypatch.setattr(
        redis_cache._cache,
        "_client",
        lambda **kwargs: made.append(kwargs) or real_client(**kwargs),
    )
    redis_cache._cache._clients.clear()

    for number in range(5):
        redis_cache.set(f"key-{number}", number, 30)
        assert redis_cache.get(f"key-{number}") == number

    # One server: reads and writes share its pool and so its client.
    assert len(made) == 1


def test_rate_limit_counters_are_shared_through_redis(redis_cache):
    sender = uuid.uuid4().hex

    results = [
        rate_limit_exceeded("test", sender, limit=2, window=30) for _ in range(3)
    ]

    assert results == [False, False, True]


@pytest.mark.django_db
def test_pages_cached_in_redis_are_cleared_by_a_change(
    redis_cache, client, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    article = ArticleFactory(title_he="לפני השינוי")
    version = content_version()
    assert "לפני השינוי" in client.get("/he/news/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        article.title_he = "אחרי השינוי"
        article.save()

    assert content_version() != version
    assert "אחרי השינוי" in client.get("/he/news/").content.decode()
