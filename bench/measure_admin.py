"""Time the admin's article list on the benchmark database, as a logged-in
superuser past the second factor, in this process (Django and the
database; no HTTP). Prints JSON: median and slowest of a few runs per page,
and the queries each page ran.

Run by bench/run; by hand:
    PYTHONPATH=. DJANGO_SETTINGS_MODULE=bench.settings \
        .venv/bin/python bench/measure_admin.py
"""

import json
import statistics
import time

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django_otp import DEVICE_ID_SESSION_KEY  # noqa: E402
from django_otp.plugins.otp_totp.models import TOTPDevice  # noqa: E402

from articles.admin import ArticleAdmin  # noqa: E402
from articles.models import Article  # noqa: E402
from municipalities.models import Municipality  # noqa: E402

RUNS = 7
USERNAME = "bench-admin"


def logged_in_client():
    """A superuser's session that has passed the second factor, as the
    verify page leaves it (a TOTP code can be used only once, so the page
    itself is not used: a second run within 30 seconds would be refused)."""
    user, _ = get_user_model().objects.get_or_create(
        username=USERNAME,
        defaults={"is_staff": True, "is_superuser": True, "email": "b@example.org"},
    )
    device, _ = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    client = Client()
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200, response.status_code
    return client


def measure(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return {
        "url": url,
        "median_ms": round(statistics.median(times) * 1000, 1),
        "max_ms": round(max(times) * 1000, 1),
        "queries": len(queries.captured_queries),
    }


def main():
    client = logged_in_client()
    city = Municipality.objects.filter(slug__startswith="bench-").order_by("pk")[1]
    base = "/admin/articles/article/"
    # Page 100, or the last one of a smaller data set.
    last = -(-Article.objects.count() // ArticleAdmin.list_per_page)
    deep = min(100, last)
    pages = {
        "changelist": base,
        f"changelist page {deep}": f"{base}?p={deep}",
        "filtered (municipality + published)": (
            f"{base}?municipality__id__exact={city.pk}&state=published"
        ),
        "search (Hebrew word)": f"{base}?q=%D7%A4%D7%A1%D7%98%D7%99%D7%91%D7%9C",
        "date drill-down (a year)": f"{base}?published_at__year=2024",
    }
    results = {name: measure(client, url) for name, url in pages.items()}
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
