"""The number of SQL queries each given page of community_cms runs with
the page cache off, after one warm-up request; printed as one JSON object.

    PYTHONPATH=. DJANGO_SETTINGS_MODULE=bench.settings \
        .venv/bin/python bench/measure_queries.py PATH...
"""

import json
import sys

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def main():
    client = Client()
    counts = {}
    with override_settings(PAGE_CACHE_SECONDS=0, PAGINATOR_COUNT_CACHE_SECONDS=0):
        for path in sys.argv[1:]:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            counts[path] = len(queries.captured_queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
