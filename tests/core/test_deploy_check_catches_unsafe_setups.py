"""`manage.py check --deploy` warns about setups that quietly weaken the
protections: the production environment of the deployment guide passes."""

import os
import secrets
import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

from core.checks import check_rate_limit_cache, check_trusted_proxies

LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
REDIS = "django.core.cache.backends.redis.RedisCache"


def test_no_trusted_proxy_is_reported(settings):
    settings.TRUSTED_PROXIES = []

    assert [w.id for w in check_trusted_proxies(None)] == ["community_cms.W002"]


def test_a_trusted_proxy_silences_the_warning(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]

    assert check_trusted_proxies(None) == []


def test_the_warning_is_part_of_the_deploy_checks(settings, capsys):
    settings.TRUSTED_PROXIES = []

    call_command("check", "--deploy", "--tag", "security")

    assert "community_cms.W002" in capsys.readouterr().err


def test_counters_on_the_page_caches_redis_or_in_worker_memory_are_reported():
    # Only the settings are read; no cache is opened.
    pages = {"BACKEND": REDIS, "LOCATION": "redis://10.0.0.5:6379/1"}
    same_server = {"BACKEND": REDIS, "LOCATION": "redis://10.0.0.5:6379/2"}
    own_server = {"BACKEND": REDIS, "LOCATION": "redis://10.0.0.5:6380/0"}
    local = {"BACKEND": LOCMEM, "LOCATION": "community-cms-ratelimit"}

    with override_settings(CACHES={"default": pages, "ratelimit": same_server}):
        assert [w.id for w in check_rate_limit_cache(None)] == ["community_cms.W003"]
    with override_settings(CACHES={"default": pages, "ratelimit": local}):
        assert [w.id for w in check_rate_limit_cache(None)] == ["community_cms.W004"]
    with override_settings(CACHES={"default": pages, "ratelimit": own_server}):
        assert check_rate_limit_cache(None) == []


def test_the_production_setup_of_the_guide_passes_the_deploy_check():
    # The browser tests allow Django's async-unsafe calls for this process;
    # a deployment would not.
    left_out = {"SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in left_out}
    environment.update(
        DJANGO_SETTINGS_MODULE="community_cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(48),
        ALLOWED_HOSTS="example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
        RATELIMIT_CACHE_URL="redis://127.0.0.1:6380/0",
        TRUSTED_PROXIES="127.0.0.1",
    )

    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    output = result.stdout + result.stderr
    # Submitting the site to the browsers' HSTS preload list is a decision
    # for its owner, not a default.
    assert "(security.W021)" in output
    assert "System check identified 1 issue" in output, output
