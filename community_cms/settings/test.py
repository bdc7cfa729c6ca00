"""Test runs: fast hashing, in-memory email and cache; the database still comes
from DATABASE_URL so the same suite runs on SQLite and PostgreSQL."""

from .base import *  # noqa: F403
from .base import CACHES, INSTALLED_APPS

# The tests load the demo and generate benchmark data too.
INSTALLED_APPS = [*INSTALLED_APPS, "demo", "bench"]

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    **CACHES,
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "ratelimit": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "ratelimit",
    },
}
# The test client and the live server use varying host names.
ALLOWED_HOSTS = ["*"]
SERVE_MEDIA = True
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tasks run as they are queued, inside the test; a test that wants them
# stored asks for the database backend (tests/core/conftest.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The page cache is on, as in production (tests/conftest.py starts each
# test with it empty). Counts of long lists are not kept between requests.
PAGINATOR_COUNT_CACHE_SECONDS = 0
