import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: a request made by an
    earlier test leaves its language active in the thread."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads made by a test go to a temporary folder, never the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_rate_limit_counters():
    """Rate limits counted by one test must not hold back the next."""
    from django.core.cache import caches

    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


@pytest.fixture
def page_cache_on(settings):
    """The anonymous page cache as in production, starting empty (the test
    settings turn it off so that other tests see fresh pages)."""
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_MAX_AGE = 60
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def login_with_second_factor(client):
    """Log a user in the way staff do: password, then a TOTP code."""

    def login(user, test_client=None):
        test_client = test_client or client
        test_client.force_login(user)
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
        response = test_client.post(
            reverse("admin:two_factor_verify"), {"token": f"{totp(device.bin_key):06d}"}
        )
        assert response.status_code == 302, response.content
        return test_client

    return login


@pytest.fixture
def staff_client(admin_user, login_with_second_factor):
    return login_with_second_factor(admin_user)
