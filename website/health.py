"""``/healthz``: whether this app server can do its work, for the load
balancer and uptime monitors.

Answered by a middleware near the top of the stack, before the page cache,
the session, the host check and the site lookup: a probe must neither be
served a stored page nor depend on what it is checking, and load balancers
often ask by address rather than by host name. Never cached, never
indexed.

The status is 200 while the database and the cache answer, else 503 (the
balancer takes the server out). A task worker that has fallen behind (tasks
waiting longer than ``HEALTH_TASK_DELAY_SECONDS``) is reported as
"degraded" with 200: pages are still served, but someone should look."""

import json
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.utils import timezone

HEALTH_PATH = "/healthz"


def _database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unreachable"
    return "ok"


def _cache():
    key = f"health:{secrets.token_hex(4)}"
    try:
        cache.set(key, "1", timeout=5)
        answered = cache.get(key) == "1"
        cache.delete(key)
    # Any error of the cache client (a refused connection, a timeout)
    # means the cache cannot be used.
    except Exception:
        return "unreachable"
    return "ok" if answered else "unreachable"


def _worker(database):
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.endswith("DatabaseBackend"):
        return "not used"
    if database != "ok":
        return "unknown"
    from django_tasks_db.models import DBTaskResult

    late = timezone.now() - timedelta(seconds=settings.HEALTH_TASK_DELAY_SECONDS)
    try:
        waiting = DBTaskResult.objects.ready().filter(enqueued_at__lt=late).count()
    except DatabaseError:
        return "unknown"
    return "ok" if not waiting else f"behind: {waiting} waiting"


def health_report():
    database = _database()
    checks = {"database": database, "cache": _cache(), "worker": _worker(database)}
    if checks["database"] != "ok" or checks["cache"] != "ok":
        status = "down"
    elif checks["worker"] not in ("ok", "not used"):
        status = "degraded"
    else:
        status = "ok"
    return {"status": status, **checks}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.rstrip("/") != HEALTH_PATH:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return HttpResponse(status=405, headers={"Allow": "GET, HEAD"})
        report = health_report()
        response = HttpResponse(
            json.dumps(report),
            content_type="application/json",
            status=503 if report["status"] == "down" else 200,
        )
        response["Cache-Control"] = "no-store"
        response["X-Robots-Tag"] = "noindex"
        return response
