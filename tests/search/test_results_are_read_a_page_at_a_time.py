"""A search reads the ranks of all its matches at once, and the rows of the
one page a resident looks at."""

import pytest

from search.models import SearchDocument
from search.query import RankedDocuments
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def hebrew_documents():
    for number in range(5):
        ArticleFactory(title_he=f"כתבה {number}")
    return SearchDocument.objects.public("he")


def _ranked(documents, ranks):
    """(pk, rank) rows, newest first, as a backend gives them."""
    pks = documents.order_by("-published_at", "-pk").values_list("pk", flat=True)
    return list(zip(pks, ranks, strict=True))


def test_the_best_rank_comes_first_then_the_newest(hebrew_documents):
    ranked = _ranked(hebrew_documents, [0.5, 1.0, 0.5, 1.0, 0.5])
    newest_first = [pk for pk, _rank in ranked]

    results = RankedDocuments(ranked)

    assert len(results) == 5
    assert [document.pk for document in results] == [
        newest_first[1],
        newest_first[3],
        newest_first[0],
        newest_first[2],
        newest_first[4],
    ]
    assert [document.rank for document in results] == [1.0, 1.0, 0.5, 0.5, 0.5]


def test_a_page_is_read_with_one_query(hebrew_documents, django_assert_num_queries):
    results = RankedDocuments(_ranked(hebrew_documents, [1] * 5))

    with django_assert_num_queries(1):
        page = results[2:4]
    with django_assert_num_queries(1):
        everything = list(results)

    assert [document.pk for document in page] == [
        document.pk for document in everything[2:4]
    ]
    assert results[-1].pk == everything[-1].pk
    with django_assert_num_queries(0):
        assert results[5:] == []


def test_a_document_unpublished_since_the_search_is_left_out(hebrew_documents):
    results = RankedDocuments(_ranked(hebrew_documents, [1] * 5))
    gone = results[0]
    SearchDocument.objects.filter(pk=gone.pk).delete()

    assert gone.pk not in [document.pk for document in results[:5]]
