"""Deployment checks (``manage.py check --deploy``) for setups that start
fine but quietly weaken the rate limits and login lockouts."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks

from core.ratelimit import CACHE_ALIAS


@checks.register(checks.Tags.security, deploy=True)
def check_trusted_proxies(app_configs, **kwargs):
    if settings.TRUSTED_PROXIES:
        return []
    return [
        checks.Warning(
            "TRUSTED_PROXIES is empty: behind nginx, every visitor seems to "
            "come from the proxy's address, so rate limits and login "
            "lockouts count the whole site as one sender.",
            hint="Set TRUSTED_PROXIES to the proxy's address (127.0.0.1 when "
            "nginx runs on the same server).",
            id="community_cms.W002",
        )
    ]


@checks.register(checks.Tags.caches, deploy=True)
def check_rate_limit_cache(app_configs, **kwargs):
    pages, counters = settings.CACHES["default"], settings.CACHES[CACHE_ALIAS]
    if counters["BACKEND"].endswith("LocMemCache"):
        return [
            checks.Warning(
                "Rate-limit counters are kept in each worker's memory: every "
                "worker counts on its own, so a sender gets the limit once "
                "per worker, and a restart forgets them.",
                hint="Point RATELIMIT_CACHE_URL at a Redis of its own that "
                "never evicts (deploy/README.md).",
                id="community_cms.W004",
            )
        ]
    if not _servers(pages) & _servers(counters):
        return []
    return [
        checks.Warning(
            "Rate-limit counters are kept on the page cache's server: when "
            "it is full it evicts them along with pages (a Redis eviction "
            "policy applies to all its databases).",
            hint="Point RATELIMIT_CACHE_URL at a Redis of its own that never "
            "evicts (deploy/README.md).",
            id="community_cms.W003",
        )
    ]


def _servers(config):
    """Where a cache keeps its entries: for Redis or Memcached the host and
    port whatever database follows them, for local memory its name."""
    location = config.get("LOCATION") or ""
    if isinstance(location, str):
        location = location.split(",")
    return {
        (config["BACKEND"], urlsplit(item.strip()).netloc or item.strip())
        for item in location
    }
