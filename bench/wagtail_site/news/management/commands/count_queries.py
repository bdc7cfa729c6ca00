"""The number of SQL queries each given page runs, after one warm-up
request; printed as one JSON object."""

import json

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+")

    def handle(self, paths, **options):
        client = Client()
        counts = {}
        for path in paths:
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
            counts[path] = len(queries.captured_queries)
        self.stdout.write(json.dumps(counts))
