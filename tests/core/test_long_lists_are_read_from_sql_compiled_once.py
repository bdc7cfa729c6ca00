"""A long public list (the news, the partner directory, the departments,
the partnerships and the past events) is counted and
read a page at a time from a query compiled once per language and set of
filters (``CompiledQuery.count``, ``run_slice``, ``ids_slice``,
``run_among_ids`` and ``core.pagination.CompiledRows``): the pages must
hold what the queryset itself holds, in its order, whatever the filters
and however deep."""

from datetime import timedelta

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from articles.views import NEWS_CARDS
from core import pagination
from core.compiled_queries import CompiledQuery
from departments.models import CommunityDepartment
from events.models import Event
from events.views import PAST_EVENTS
from partners.models import FieldOfAction, PartnerOrganization
from partners.views import DIRECTORY_CARDS
from partnerships.models import Partnership
from partnerships.views import PARTNERSHIP_CARDS
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.events.factories import EventFactory
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    RegionFactory,
)
from tests.partnerships.factories import PartnershipFactory
from website.views import DEPARTMENT_CARDS

pytestmark = pytest.mark.django_db


def _values(**chosen):
    return {
        "now": timezone.now(),
        "site_municipality_id": None,
        "municipality_id": None,
        "topic_id": None,
        **chosen,
    }


def _expected(**chosen):
    return (
        Article.objects.published()
        .chosen(
            municipality_id=chosen.get("municipality_id"),
            topic_id=chosen.get("topic_id"),
        )
        .on_site_of(chosen.get("site_municipality_id"))
        .for_cards()
    )


@pytest.fixture
def news():
    city, other = MunicipalityFactory(), MunicipalityFactory()
    youth = TopicFactory()
    in_city = ArticleFactory.create_batch(5, municipality=city)
    for article in in_city[:3]:
        article.topics.add(youth)
    ArticleFactory.create_batch(4, municipality=other)
    ArticleFactory(municipality=city, status="draft")
    return city, youth


@pytest.mark.parametrize(
    "filters", ["none", "municipality", "topic", "both", "city site"]
)
def test_every_page_holds_what_the_queryset_holds(news, filters, monkeypatch):
    city, youth = news
    chosen = {
        "none": {},
        "municipality": {"municipality_id": city.pk},
        "topic": {"topic_id": youth.pk},
        "both": {"municipality_id": city.pk, "topic_id": youth.pk},
        "city site": {"site_municipality_id": city.pk},
    }[filters]
    # Every page after the first is a deep one here: ids first, then rows.
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    expected = list(_expected(**chosen))

    paginator = pagination.ListPaginator(
        pagination.CompiledRows(NEWS_CARDS, **_values(**chosen)), 2
    )

    assert paginator.count == len(expected)
    read = [
        article for number in paginator.page_range for article in paginator.page(number)
    ]
    assert read == expected


def test_a_deep_page_reads_its_ids_first_then_its_rows(news, monkeypatch):
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    rows = pagination.CompiledRows(NEWS_CARDS, **_values())

    with CaptureQueriesContext(connection) as queries:
        page = rows[4:6]

    assert page == list(_expected()[4:6])
    ids_query, rows_query = (query["sql"] for query in queries.captured_queries)
    assert "LIMIT 2 OFFSET 4" in ids_query
    assert "OFFSET" not in rows_query


def test_the_news_list_compiles_nothing_the_second_time(
    client, compilations, page_cache_off, news
):
    city, youth = news
    client.get("/he/news/", {"municipality": city.slug, "topic": youth.slug})
    compilations.clear()

    response = client.get("/he/news/", {"municipality": city.slug, "topic": youth.slug})

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 3
    assert compilations == []


def test_a_deep_page_compiles_nothing_the_second_time(
    client, compilations, page_cache_off, news, monkeypatch
):
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    monkeypatch.setattr("articles.views.ARTICLES_PER_PAGE", 2)
    client.get("/he/news/", {"page": "2"})
    compilations.clear()

    response = client.get("/he/news/", {"page": "3"})

    assert response.status_code == 200
    assert compilations == []
    assert list(response.context["page_obj"]) == list(_expected()[4:6])


def test_rows_read_by_id_keep_the_list_order_and_its_conditions(news):
    city, _youth = news
    everything = list(_expected())
    wanted = [everything[3].pk, everything[0].pk, everything[1].pk]

    found = NEWS_CARDS.run_among_ids(wanted, **_values(municipality_id=city.pk))

    in_city = [article for article in everything if article.pk in wanted]
    in_city = [article for article in in_city if article.municipality_id == city.pk]
    assert found == in_city
    assert NEWS_CARDS.run_among_ids([], **_values()) == []


def test_an_empty_slice_reads_nothing(news):
    with CaptureQueriesContext(connection) as queries:
        assert NEWS_CARDS.run_slice(3, 3, **_values()) == []
    assert queries.captured_queries == []


def test_only_an_ordered_unsliced_queryset_is_counted_or_sliced():
    sliced = CompiledQuery(
        lambda municipality_id: Article.objects.filter(
            municipality_id=municipality_id
        ).order_by("pk")[:5],
        municipality_id=int,
    )
    unordered = CompiledQuery(
        lambda municipality_id: Article.objects.filter(
            municipality_id=municipality_id
        ).order_by(),
        municipality_id=int,
    )
    with pytest.raises(ImproperlyConfigured):
        sliced.count(municipality_id=1)
    with pytest.raises(ImproperlyConfigured):
        sliced.run_slice(0, 2, municipality_id=1)
    with pytest.raises(ImproperlyConfigured):
        unordered.ids_slice(0, 2, municipality_id=1)


def test_a_list_that_can_match_nothing_counts_none():
    nothing = CompiledQuery(
        lambda municipality_id: Article.objects.filter(
            municipality_id=municipality_id, pk__in=[]
        ).order_by("pk"),
        municipality_id=int,
    )
    with CaptureQueriesContext(connection) as queries:
        assert nothing.count(municipality_id=1) == 0
        assert nothing.run_slice(0, 10, municipality_id=1) == []
    assert queries.captured_queries == []


def test_the_partner_directory_holds_what_its_filters_choose(monkeypatch):
    education, arts = FieldOfActionFactory(), FieldOfActionFactory()
    center = RegionFactory()
    for _ in range(3):
        PartnerOrganizationFactory(fields_of_action=[education], regions=[center])
    PartnerOrganizationFactory(
        fields_of_action=[education], kind=PartnerOrganization.Kind.COALITION
    )
    PartnerOrganizationFactory(fields_of_action=[arts])
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)

    for chosen in (
        {},
        {"field_id": education.pk},
        {"field_id": education.pk, "region_id": center.pk},
        {"kind": PartnerOrganization.Kind.COALITION},
    ):
        values = {
            "site_municipality_id": None,
            "field_id": None,
            "population_id": None,
            "region_id": None,
            "kind": None,
            **chosen,
        }
        expected = list(PartnerOrganization.objects.published().chosen(**chosen))
        paginator = pagination.ListPaginator(
            pagination.CompiledRows(DIRECTORY_CARDS, **values), 2
        )
        read = [
            partner
            for number in paginator.page_range
            for partner in paginator.page(number)
        ]
        assert (paginator.count, read) == (len(expected), expected), chosen
        # The cards' labels come along.
        assert all("fields_of_action" in p._prefetched_objects_cache for p in read)


def test_the_partner_directory_compiles_only_its_labels_the_second_time(
    client, compilations, page_cache_off
):
    education = FieldOfActionFactory(slug="education")
    PartnerOrganizationFactory.create_batch(2, fields_of_action=[education])
    client.get("/he/partners/", {"field": "education"})
    compilations.clear()

    response = client.get("/he/partners/", {"field": "education"})

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 2
    # prefetch_related builds the cards' labels query itself.
    assert compilations == [FieldOfAction]


@pytest.mark.parametrize(
    ("cards", "model", "factory"),
    [
        (DEPARTMENT_CARDS, CommunityDepartment, CommunityDepartmentFactory),
        (PARTNERSHIP_CARDS, Partnership, PartnershipFactory),
    ],
    ids=["departments", "partnerships"],
)
def test_the_departments_and_partnerships_lists_hold_what_is_published(
    cards, model, factory, monkeypatch
):
    city, other = MunicipalityFactory(), MunicipalityFactory()
    # Equal names in one city: the order needs its tie-breaker.
    factory.create_batch(3, municipality=city, name_he="אותו שם")
    factory.create_batch(2, municipality=city)
    factory.create_batch(2, municipality=other)
    factory(municipality=city, status="draft")
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)

    for site_municipality_id in (None, city.pk):
        expected = list(
            model.objects.published().on_site_of(site_municipality_id).for_cards()
        )
        paginator = pagination.ListPaginator(
            pagination.CompiledRows(cards, site_municipality_id=site_municipality_id),
            2,
        )
        read = [
            item for number in paginator.page_range for item in paginator.page(number)
        ]

        assert len(expected) == (7 if site_municipality_id is None else 5)
        assert (paginator.count, read) == (len(expected), expected)
        assert len(set(read)) == len(read)


@pytest.mark.parametrize("path", ["/he/departments/", "/ar/partnerships/"])
def test_the_departments_and_partnerships_lists_compile_nothing_the_second_time(
    client, compilations, page_cache_off, path
):
    CommunityDepartmentFactory.create_batch(2)
    PartnershipFactory.create_batch(2)
    client.get(path)
    compilations.clear()

    response = client.get(path)

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 2
    assert compilations == []


def _ended(days_ago, **fields):
    ends = timezone.now() - timedelta(days=days_ago)
    return EventFactory(starts_at=ends - timedelta(hours=2), ends_at=ends, **fields)


def test_the_past_events_hold_what_has_ended_latest_first(monkeypatch):
    city, other = MunicipalityFactory(), MunicipalityFactory()
    # Two that ended at the same moment: the order needs its tie-breaker.
    for days_ago in (3, 3, 10, 40):
        _ended(days_ago, municipality=city)
    _ended(5, municipality=other)
    _ended(6, municipality=city, status="draft")
    EventFactory(municipality=city)  # still to come
    monkeypatch.setattr(pagination, "DEFERRED_JOIN_OFFSET", 2)
    now = timezone.now()

    for site_municipality_id in (None, city.pk):
        expected = list(
            Event.objects.published(at=now)
            .on_site_of(site_municipality_id)
            .past(at=now)
            .for_archive()
        )
        paginator = pagination.ListPaginator(
            pagination.CompiledRows(
                PAST_EVENTS, site_municipality_id=site_municipality_id, now=now
            ),
            2,
        )
        read = [
            event for number in paginator.page_range for event in paginator.page(number)
        ]

        assert len(expected) == (5 if site_municipality_id is None else 4)
        assert (paginator.count, read) == (len(expected), expected)
        assert [event.last_ends_at for event in read] == sorted(
            (event.last_ends_at for event in read), reverse=True
        )


def test_the_past_events_compile_nothing_the_second_time(
    client, compilations, page_cache_off
):
    _ended(2)
    _ended(9)
    client.get("/en/events/past/")
    compilations.clear()

    response = client.get("/en/events/past/")

    assert response.status_code == 200
    assert response.context["page_obj"].paginator.count == 2
    assert compilations == []
