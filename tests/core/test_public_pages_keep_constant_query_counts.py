"""Every public list and detail page runs the same small number of SQL
queries whatever the amount of content: measured with 3 and then with 40
items of everything, with the page cache off (the worst case)."""

import datetime

import factory
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.articles.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.library.factories import ImageFactory
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

MAX_QUERIES = 6


@pytest.fixture
def site():
    """One municipality with a topic, labels, a department and a
    partnership; ``add(n)`` adds ``n`` of every kind of content to it."""
    city = MunicipalityFactory(slug="rehovot")
    labels = {
        "topic": TopicFactory(slug="business"),
        "field": FieldOfActionFactory(slug="education"),
        "population": PopulationFactory(slug="youth"),
        "region": RegionFactory(slug="center"),
    }
    department = CommunityDepartmentFactory(municipality=city, slug="community")
    partnership = PartnershipFactory(municipality=city, slug="twinning")

    def add(count):
        partners = PartnerOrganizationFactory.create_batch(
            count,
            fields_of_action=[labels["field"]],
            populations=[labels["population"]],
            regions=[labels["region"]],
            is_spotlight=True,
            spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
            logo=factory.SubFactory(ImageFactory, municipality=None),
        )
        for partner in partners:
            partner.municipalities.add(city)
            partner.member_organizations.add(*partners[:3])
        for _ in range(count):
            article = ArticleFactory(
                municipality=city,
                image=ImageFactory(municipality=city),
                department=department,
                partnership=partnership,
                topics=[labels["topic"]],
            )
            article.partner_organizations.add(*partners[:3])
            QuoteFactory(article=article)
        DelegationFactory.create_batch(count, partnership=partnership)
        CommunityDepartmentFactory.create_batch(count, municipality=city)
        PartnershipFactory.create_batch(count, municipality=city)
        return partners[0], article

    return add


def _pages(partner, article):
    return {
        "home": "/he/",
        "news": "/he/news/",
        "news, filtered": "/he/news/?municipality=rehovot&topic=business",
        "news, page 2": "/he/news/?page=2",
        "news in Arabic": "/ar/news/",
        "article": f"/he/news/{article.slug_he}/",
        "article in English": f"/en/news/{article.slug_en}/",
        "departments": "/he/departments/",
        "department": "/he/departments/community/",
        "partnerships": "/he/partnerships/",
        "partnership": "/he/partnerships/twinning/",
        "partner directory": "/he/partners/",
        "partner directory in English": "/en/partners/",
        "partner directory, two filters": "/he/partners/?field=education&region=center",
        "partner": f"/he/partners/{partner.slug}/",
        "meet the partner": "/he/partners/meet-the-partner/",
    }


def _count_queries(client, pages):
    counts = {}
    for name, url in pages.items():
        client.get(url)  # warm up: content types, translations
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(queries.captured_queries)
    return counts


def test_public_pages_run_at_most_six_queries_whatever_the_size(
    client, site, page_cache_off
):
    small = _count_queries(client, _pages(*site(3)))
    large = _count_queries(client, _pages(*site(40)))

    assert max(small.values()) <= MAX_QUERIES, small
    assert large == small


def test_directory_filters_run_no_query_per_filter(client, site, page_cache_off):
    site(3)
    # Counted after a first request: a worker reads the lists of labels
    # once, until a label changes.
    counts = _count_queries(
        client,
        {
            "unfiltered": "/he/partners/",
            "three filters": (
                "/he/partners/?field=education&region=center&population=youth"
            ),
        },
    )
    assert counts["three filters"] == counts["unfiltered"] <= 5, counts
