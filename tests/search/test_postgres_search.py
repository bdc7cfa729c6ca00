"""What only PostgreSQL does: the stored tsvector, English stemming by the
'english' configuration, and pg_trgm on Hebrew, which needs a database
whose LC_CTYPE is a UTF-8 locale."""

import pytest
from django.contrib.postgres.search import TrigramSimilarity
from django.db import connection

from search.backends import PostgresBackend
from search.checks import check_database_ctype
from search.models import SearchDocument, SearchTerm
from search.query import ParsedQuery, correct
from tests.articles.factories import ArticleFactory
from tests.search.conftest import postgres_only, titles

pytestmark = [pytest.mark.django_db, postgres_only]


def test_the_test_database_has_a_utf8_ctype():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT datctype, pg_encoding_to_char(encoding) FROM pg_database "
            "WHERE datname = current_database()"
        )
        ctype, encoding = cursor.fetchone()

    assert encoding == "UTF8"
    assert ctype.upper().replace("-", "").endswith("UTF8")
    assert check_database_ctype(None, databases=["default"]) == []


def test_trigrams_see_hebrew_letters():
    with connection.cursor() as cursor:
        cursor.execute("SELECT show_trgm(%s)", ["שלום"])
        (trigrams,) = cursor.fetchone()

    assert len(trigrams) == 5


def test_a_mistyped_hebrew_word_is_matched_by_trigram_similarity(search_page):
    ArticleFactory(title_he="שותפויות בין ערים")
    ArticleFactory(title_he="פסטיבל האביב")

    similar = (
        SearchTerm.objects.filter(term__trigram_similar="שותפיות")
        .annotate(similarity=TrigramSimilarity("term", "שותפיות"))
        .order_by("-similarity")
        .first()
    )
    assert similar.term == "שותפויות"
    assert similar.similarity > 0.5
    query = ParsedQuery.parse("ובשותפיות פסטיבל")
    unknown, known = PostgresBackend().similar_terms(query)
    assert max(unknown)[1] == "שותפויות"
    assert (1.0, "פסטיבל") in known
    assert correct(query, PostgresBackend()).words == ("שותפויות", "פסטיבל")
    assert titles(search_page("ובשותפיות")) == ["שותפויות בין ערים"]


def test_documents_store_a_weighted_vector_in_the_right_configuration():
    ArticleFactory(title_en="Volunteers meet", lede_en="Running together.")

    vectors = dict(SearchDocument.objects.values_list("language", "search_vector"))

    # 'english' stems (volunt, run); 'simple' keeps the words as indexed.
    assert "'volunt':1A" in vectors["en"]
    assert "'run'" in vectors["en"]
    assert "'משלחת'" not in vectors["he"]
    assert ":1A" in vectors["he"]


def test_title_matches_rank_first_on_postgresql(search_page):
    ArticleFactory(title_he="חדשות", body_he="<p>משלחת.</p>")
    ArticleFactory(title_he="משלחת משלחת")

    response = search_page("משלחת")

    ranks = [document.rank for document in response.context["page_obj"]]
    assert ranks == sorted(ranks, reverse=True)
    assert titles(response)[0] == "משלחת משלחת"
