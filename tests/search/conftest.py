import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="PostgreSQL only (tsvector, pg_trgm); run with DATABASE_URL=postgres://…",
)


@pytest.fixture
def search_page(client):
    """The search page in ``language``, as a resident's browser asks for it."""

    def get(q=None, language="he", **filters):
        with translation.override(language):
            url = reverse("search:results")
        params = {"q": q, **filters} if q is not None else filters
        return client.get(url, params)

    return get


def titles(response):
    """The result titles on the page, in order."""
    page = response.context["page_obj"]
    return [document.title for document in page] if page else []
