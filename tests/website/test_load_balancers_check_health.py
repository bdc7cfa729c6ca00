"""``/healthz`` tells a load balancer or an uptime monitor whether this
server can work: the database, the cache and the task worker, answered
without the page cache or a host check, never cached or indexed."""

import datetime
import json
import os
import subprocess
import sys
from http import HTTPStatus

import pytest
import time_machine
from django.conf import settings
from django.db import DatabaseError
from django_tasks_db.models import DBTaskResult

from core.renditions import renditions_make
from website import health

pytestmark = pytest.mark.django_db


def _report(client, **extra):
    response = client.get("/healthz", **extra)
    return response, json.loads(response.content)


def test_a_healthy_server_says_so(client):
    response, report = _report(client)

    assert response.status_code == HTTPStatus.OK
    assert report == {
        "status": "ok",
        "database": "ok",
        "cache": "ok",
        "worker": "not used",
    }
    assert response["Cache-Control"] == "no-store"
    assert response["X-Robots-Tag"] == "noindex"
    assert response["Content-Type"] == "application/json"


def test_it_answers_a_probe_by_address_whatever_the_allowed_hosts(client, settings):
    settings.ALLOWED_HOSTS = ["community.example.org"]

    response, report = _report(client, HTTP_HOST="10.0.0.7:8000")

    assert response.status_code == HTTPStatus.OK
    assert report["status"] == "ok"


def test_an_unreachable_database_takes_the_server_out(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr(health.connection, "cursor", refuse)

    response, report = _report(client)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert report["status"] == "down"
    assert report["database"] == "unreachable"


def test_an_unreachable_cache_takes_the_server_out(client, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionError("cache down")

    monkeypatch.setattr(health.cache, "set", refuse)

    response, report = _report(client)

    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert report["cache"] == "unreachable"


def test_a_worker_that_fell_behind_is_reported_but_pages_still_flow(
    client, database_tasks
):
    with time_machine.travel(datetime.datetime(2026, 11, 1, 8, tzinfo=datetime.UTC)):
        renditions_make.enqueue("library.Image", "file", "photo.jpg")
    assert DBTaskResult.objects.ready().count() == 1

    response, report = _report(client)

    assert response.status_code == HTTPStatus.OK
    assert report["status"] == "degraded"
    assert report["worker"] == "behind: 1 waiting"


def test_a_fresh_task_does_not_count_as_late(client, database_tasks):
    renditions_make.enqueue("library.Image", "file", "photo.jpg")

    _response, report = _report(client)

    assert report["worker"] == "ok"


def test_the_answer_is_never_stored(client, django_assert_num_queries):
    _report(client)

    # Asked again, it checks again: one query for the database.
    with django_assert_num_queries(1):
        _report(client)


def test_robots_are_kept_away(client):
    assert "Disallow: /healthz" in client.get("/robots.txt").content.decode()


def test_a_plain_http_probe_is_not_sent_to_https_in_production():
    # Production's settings, read in a process of their own (they refuse to
    # load without a real secret), with Django's own redirect rule.
    script = (
        "import re; from community_cms.settings import production as p; "
        "assert p.SECURE_SSL_REDIRECT; "
        "assert any(re.search(r, 'healthz') for r in p.SECURE_REDIRECT_EXEMPT); "
        "assert not any(re.search(r, 'he/') for r in p.SECURE_REDIRECT_EXEMPT)"
    )
    env = {**os.environ, "SECRET_KEY": "x" * 64}
    result = subprocess.run(  # noqa: S603 - our own script, our own interpreter
        [sys.executable, "-c", script],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
