"""On PostgreSQL the query that finds and ranks a search's matches is
planned for the words searched, every time: a plan prepared once for any
words looks for a word that no document holds (a typo, before it is
corrected) through every date period instead of asking the word index.
The rest of the page is prepared as every public page is."""

import pytest
from django.db import connection

from search.models import SearchDocument
from tests.articles.factories import ArticleFactory
from tests.search.conftest import postgres_only, titles

pytestmark = [pytest.mark.django_db, postgres_only]

# psycopg prepares a statement on its sixth run on a connection.
RUNS_BEFORE_PREPARING = 6


def prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [statement for (statement,) in cursor.fetchall()]


def ranked_matches_query(statement):
    return statement.startswith("WITH documents")


def test_a_search_run_again_and_again_is_never_prepared(search_page, page_cache_off):
    ArticleFactory(title_he="פסטיבל האביב בעיר")
    assert SearchDocument.objects.exists()

    for _run in range(RUNS_BEFORE_PREPARING + 2):
        # A typo, then its correction: the matches are ranked twice.
        assert titles(search_page("פסטבל")) == ["פסטיבל האביב בעיר"]
        assert titles(search_page("פסטיבל")) == ["פסטיבל האביב בעיר"]

    prepared = prepared_statements()
    assert not [statement for statement in prepared if ranked_matches_query(statement)]
    # Only that query: the page's rows and the vocabulary are prepared.
    assert any('FROM "search_searchdocument"' in statement for statement in prepared)
    assert any('FROM "search_searchterm"' in statement for statement in prepared)


def test_the_connection_prepares_again_after_a_search(search_page, page_cache_off):
    connection.ensure_connection()
    threshold = connection.connection.prepare_threshold
    assert threshold is not None

    search_page("פסטבל")

    assert connection.connection.prepare_threshold == threshold
