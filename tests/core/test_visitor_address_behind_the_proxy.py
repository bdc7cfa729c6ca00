import pytest
from django.test import RequestFactory

from core.middleware import ReverseProxyMiddleware


def _address_seen(settings, remote_addr, real_ip=None):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    headers = {"x-real-ip": real_ip} if real_ip is not None else {}
    request = RequestFactory(REMOTE_ADDR=remote_addr).get("/", headers=headers)
    return ReverseProxyMiddleware(lambda request: request.META["REMOTE_ADDR"])(request)


def test_the_proxy_passes_on_the_visitors_address(settings):
    assert _address_seen(settings, "127.0.0.1", "203.0.113.9") == "203.0.113.9"


@pytest.mark.parametrize(
    ("remote_addr", "real_ip", "expected"),
    [
        # A visitor who reaches the app directly cannot pose as another.
        ("198.51.100.7", "203.0.113.9", "198.51.100.7"),
        # Not an address: the proxy's own is kept.
        ("127.0.0.1", "<script>", "127.0.0.1"),
        ("127.0.0.1", None, "127.0.0.1"),
    ],
)
def test_the_header_is_believed_only_from_the_proxy(
    settings, remote_addr, real_ip, expected
):
    assert _address_seen(settings, remote_addr, real_ip) == expected
