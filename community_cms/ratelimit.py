"""Counting requests per sender in the cache, for the public forms.

The sender is known only by a keyed hash of the IP address: the raw address
is neither cached nor stored. Behind a reverse proxy, REMOTE_ADDR must be set
to the visitor's address by the proxy (nginx ``real_ip``), never read from a
header the visitor can forge.
"""

from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_ip_hash(request):
    """A keyed hash of the sender's address: stable, so abuse can be counted
    and spotted, but the address cannot be recovered without SECRET_KEY."""
    address = request.META.get("REMOTE_ADDR", "")
    return salted_hmac(
        "community_cms.client-ip", address, algorithm="sha256"
    ).hexdigest()


def rate_limit_exceeded(scope, key, *, limit, window):
    """Count one more request for ``key`` in ``scope`` and say whether it is
    over ``limit`` requests in a fixed window of ``window`` seconds.

    ``cache.add`` starts the window only if it is not running, and
    ``cache.incr`` is atomic in Redis and in the local memory cache, so two
    requests arriving together are both counted.
    """
    cache_key = f"ratelimit:{scope}:{key}"
    cache.add(cache_key, 0, timeout=window)
    try:
        count = cache.incr(cache_key)
    except ValueError:
        # The window ended between add() and incr(): this request opens a
        # new one.
        cache.add(cache_key, 1, timeout=window)
        count = 1
    return count > limit
