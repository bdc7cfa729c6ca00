"""Counting requests per sender, for the public forms and the login lockout.

The sender is known only by a keyed hash of the IP address: the raw address
is neither cached nor stored. Behind a reverse proxy, REMOTE_ADDR must be set
to the visitor's address by the proxy (nginx ``real_ip``), never read from a
header the visitor can forge.

The counters live in a cache of their own (``CACHES["ratelimit"]``): the page
cache fills up with every distinct address anyone asks for, and when it is
full it drops entries; were the counters there, a robot could empty its own
by asking for pages.
"""

import ipaddress

from django.core.cache import caches
from django.utils.crypto import salted_hmac

CACHE_ALIAS = "ratelimit"
# An IPv6 subscriber is given a whole /64 (often more), and can use a new
# address in it for every request; an IPv4 address is usually one household
# or one carrier's many customers, and is counted alone.
IPV6_PREFIX_LENGTH = 64


def client_address(request):
    """The address a sender is counted by: an IPv4 address as it is, an IPv6
    address as the first address of its /64 network (``2001:db8:1:2::``).
    Also django-axes' ``AXES_CLIENT_IP_CALLABLE``, so that login lockouts
    count senders the same way. None when the request has no address."""
    address = request.META.get("REMOTE_ADDR")
    if not address:
        return None
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        network = ipaddress.IPv6Network((parsed, IPV6_PREFIX_LENGTH), strict=False)
        return str(network.network_address)
    return str(parsed)


def client_ip_hash(request):
    """A keyed hash of the sender's address: stable, so abuse can be counted
    and spotted, but the address cannot be recovered without SECRET_KEY."""
    return salted_hmac(
        "community_cms.client-ip", client_address(request) or "", algorithm="sha256"
    ).hexdigest()


def rate_limit_exceeded(scope, key, *, limit, window):
    """Count one more request for ``key`` in ``scope`` and say whether it is
    over ``limit`` requests in a fixed window of ``window`` seconds.

    ``cache.add`` starts the window only if it is not running, and
    ``cache.incr`` is atomic in Redis and in the local memory cache, so two
    requests arriving together are both counted.
    """
    cache = caches[CACHE_ALIAS]
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
