"""Settings read from the environment for several app servers: uploads on
S3-compatible storage, a read replica, Redis for cache and rate limits.
Each case imports the settings in a fresh process, as a server would."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.db import router
from articles.models import Article
print(json.dumps({
    "default_storage": settings.STORAGES["default"]["BACKEND"],
    "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"],
    "media_url": default_storage.url("articles/photo.jpg"),
    "databases": sorted(settings.DATABASES),
    "read_from": router.db_for_read(Article),
    "write_to": router.db_for_write(Article),
    "cache": settings.CACHES["default"]["BACKEND"],
    "prepared": {
        name: [database.get("OPTIONS", {}).get(option) for option in (
            "server_side_binding", "prepare_threshold")]
        for name, database in settings.DATABASES.items()
    },
}))
"""


def _settings_with(module="community_cms.settings.production", **environment):
    names_to_drop = {
        "SECRET_KEY",
        "DEBUG",
        "AWS_STORAGE_BUCKET_NAME",
        "DATABASE_REPLICA_URL",
        "DATABASE_PREPARED_STATEMENTS",
        "CACHE_URL",
    }
    env = {k: v for k, v in os.environ.items() if k not in names_to_drop}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": module,
            "SECRET_KEY": "x" * 64,
            "DATABASE_URL": "postgres://cms@db.example:5432/cms",
            **environment,
        }
    )
    result = subprocess.run(  # noqa: S603 - our own probe, our own interpreter
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_server_keeps_uploads_on_disk_and_uses_one_database():
    found = _settings_with()

    assert found["default_storage"] == "django.core.files.storage.FileSystemStorage"
    assert found["media_url"] == "/media/articles/photo.jpg"
    assert found["databases"] == ["default"]
    assert found["read_from"] == "default"
    assert found["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    # PostgreSQL binds the values and prepares the queries run again and again.
    assert found["prepared"] == {"default": [True, 5]}


def test_several_servers_share_s3_storage_a_replica_and_redis():
    found = _settings_with(
        AWS_STORAGE_BUCKET_NAME="community-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        DATABASE_REPLICA_URL="postgres://cms@replica.example:5432/cms",
        CACHE_URL="redis://127.0.0.1:6379/3",
    )

    # Uploads (and their renditions) on S3-compatible object storage, at
    # public, unsigned addresses that a CDN or a browser can keep.
    assert found["default_storage"] == "storages.backends.s3.S3Storage"
    assert found["media_url"] == "https://media.example.org/articles/photo.jpg"
    # Static files stay with whitenoise, hashed, on every server.
    assert found["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    # Public reads from the replica, writes to the primary.
    assert found["databases"] == ["default", "replica"]
    assert found["read_from"] == "replica"
    assert found["write_to"] == "default"
    # Page cache and rate-limit counters shared in Redis.
    assert found["cache"] == "core.cache.RedisCache"
    assert found["prepared"] == {"default": [True, 5], "replica": [True, 5]}


def test_behind_a_pooler_that_cannot_keep_prepared_statements_they_are_off():
    found = _settings_with(
        DATABASE_PREPARED_STATEMENTS="False",
        DATABASE_REPLICA_URL="postgres://cms@replica.example:5432/cms",
    )

    assert found["prepared"] == {"default": [None, None], "replica": [None, None]}


def test_sqlite_has_no_prepared_statement_options():
    found = _settings_with(DATABASE_URL="sqlite:///db.sqlite3")

    assert found["prepared"] == {"default": [None, None]}
