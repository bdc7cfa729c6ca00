import os
import subprocess
import sys

from django.conf import settings


def _import_production_settings(**environment):
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", "import community_cms.settings.production"],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _import_production_settings()

    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = _import_production_settings(SECRET_KEY="short")

    assert result.returncode != 0


def test_production_starts_with_a_real_secret_key():
    result = _import_production_settings(SECRET_KEY="x" * 64)

    assert result.returncode == 0, result.stderr


def test_database_comes_from_database_url():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from community_cms.settings import base; "
            "print(base.DATABASES['default']['ENGINE'],"
            " base.CACHES['default']['BACKEND'])",
        ],
        env={
            **os.environ,
            "DATABASE_URL": "postgres://user@db.example:5432/cms",
            "CACHE_URL": "redis://127.0.0.1:6379/1",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )

    engine, cache = result.stdout.split()
    assert engine == "django.db.backends.postgresql"
    assert cache == "core.cache.RedisCache"


def test_rate_limit_counters_have_a_cache_of_their_own():
    def caches(**environment):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "from community_cms.settings import base; "
                "print(base.CACHES['default']['LOCATION'],"
                " base.CACHES['ratelimit']['BACKEND'],"
                " base.CACHES['ratelimit']['LOCATION'])",
            ],
            env={
                **{k: v for k, v in os.environ.items() if not k.endswith("CACHE_URL")},
                **environment,
            },
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=True,
        )
        return result.stdout.split()

    pages, backend, location = caches()
    assert backend == "django.core.cache.backends.locmem.LocMemCache"
    assert location != pages
    _pages, backend, location = caches(RATELIMIT_CACHE_URL="redis://127.0.0.1:6380/0")
    assert backend == "core.cache.RedisCache"
    assert location == "redis://127.0.0.1:6380/0"
