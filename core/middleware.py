import contextlib
import ipaddress

from django.conf import settings


class ReverseProxyMiddleware:
    """Behind nginx, every request comes from nginx's own address. Requests
    from an address in ``TRUSTED_PROXIES`` carry the visitor's address in
    ``X-Real-IP`` (set by the proxy, replacing any the visitor sent), and
    that becomes REMOTE_ADDR, which rate limits and lockouts count by.
    A request from anywhere else keeps its own address: the header is
    ignored, so a visitor cannot forge it."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.trusted = frozenset(settings.TRUSTED_PROXIES)

    def __call__(self, request):
        forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
        if forwarded and request.META.get("REMOTE_ADDR") in self.trusted:
            # Not an address: keep the proxy's.
            with contextlib.suppress(ValueError):
                request.META["REMOTE_ADDR"] = str(ipaddress.ip_address(forwarded))
        return self.get_response(request)
