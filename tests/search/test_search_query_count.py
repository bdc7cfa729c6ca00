"""The search page runs the same number of SQL queries whatever the size of
the index."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.articles.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import PartnershipFactory

pytestmark = pytest.mark.django_db

# The municipality and topic lists (2: each read once, for checking the
# filter and drawing the <select>), the count of matches, the page.
MAX_QUERIES = 4
# A search that finds nothing counts, reads the vocabulary once for all its
# words, and counts the corrected search; the page comes from the latter.
MAX_QUERIES_WITH_CORRECTION = 6


def _content(size):
    municipality = MunicipalityFactory(slug=f"city-of-{size}")
    topic = TopicFactory(slug=f"topic-of-{size}")
    for number in range(size):
        article = ArticleFactory(
            title_he=f"משלחת מספר {number}", municipality=municipality, topics=[topic]
        )
        QuoteFactory(article=article, text_he="ובמשלחת הבאה נצא שוב.")
        partner = PartnerOrganizationFactory(name_he=f"ארגון משלחת {number}")
        partner.municipalities.add(municipality)
        PartnershipFactory(name_he=f"שותפות משלחת {number}", municipality=municipality)
        CommunityDepartmentFactory(
            name_he=f"אגף משלחת {number}", municipality=municipality
        )
    return municipality, topic


def _queries(search_page, **params):
    with CaptureQueriesContext(connection) as queries:
        search_page(**params)
    return len(queries)


@pytest.mark.parametrize("size", [2, 30])
def test_search_page_queries_do_not_grow_with_the_data(
    search_page, django_assert_max_num_queries, size
):
    municipality, topic = _content(size)
    filters = {"municipality": municipality.slug, "topic": topic.slug}

    with django_assert_max_num_queries(MAX_QUERIES):
        response = search_page("ובמשלחת", **filters)
    assert response.context["page_obj"].paginator.count == size

    with django_assert_max_num_queries(MAX_QUERIES):
        search_page("משלחת", kind="partner", municipality=municipality.slug)

    with django_assert_max_num_queries(MAX_QUERIES_WITH_CORRECTION):
        response = search_page("משללחת")
    assert response.context["results"].corrected_from is not None
    assert response.context["page_obj"].paginator.count == 4 * size

    with django_assert_max_num_queries(MAX_QUERIES_WITH_CORRECTION):
        response = search_page("משללחת מספרר נצאא", **filters)
    assert response.context["results"].query.words == ("משלחת", "מספר", "נצא")
    assert response.context["page_obj"].paginator.count == size


def test_a_plain_search_needs_four_queries(search_page, django_assert_num_queries):
    _content(3)

    with django_assert_num_queries(MAX_QUERIES):
        response = search_page("משלחת")

    assert response.context["page_obj"].paginator.count == 12


def test_same_number_of_queries_for_small_and_large_results(search_page):
    _content(2)
    small = _queries(search_page, q="משלחת", page=1)
    _content(40)
    large = _queries(search_page, q="משלחת", page=3)

    assert small == large
