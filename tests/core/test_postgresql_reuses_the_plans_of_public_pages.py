"""On PostgreSQL a public page's queries are prepared on the connection
and their plans reused: a page sends the same statements on every request,
its values bound apart by the server, so once they are prepared nothing
new is prepared however often the pages are read."""

import pytest
from django.db import connection

from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return {statement for (statement,) in cursor.fetchall()}


def test_public_pages_reuse_their_prepared_queries(client, page_cache_off):
    city = MunicipalityFactory(slug="rehovot")
    article = ArticleFactory(municipality=city)
    PartnerOrganizationFactory()
    pages = [
        f"/he/news/{article.slug_he}/",
        "/he/news/?municipality=rehovot",
        "/he/partners/",
        "/he/search/?q=כתבה",
    ]

    # psycopg prepares a statement on its sixth run on a connection.
    for _request in range(6):
        for url in pages:
            assert client.get(url).status_code == 200, url
    prepared = prepared_statements()

    article_queries = [
        statement
        for statement in prepared
        if statement.startswith('SELECT "articles_article"."id"')
    ]
    assert article_queries, prepared
    # The values are parameters, not part of the statement's text.
    assert all("$1" in statement for statement in article_queries)
    assert not any(article.slug_he in statement for statement in prepared)

    for url in pages:
        client.get(url)
    assert prepared_statements() == prepared
