"""A public page's queries are built and compiled by Django once per
language, then run with each request's values (``core.compiled_queries``):
the results must be those of the queryset itself, whatever the values."""

import datetime

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from articles.models import Article
from articles.views import ARTICLE_AT_SLUG, RELATED_ARTICLES
from core.compiled_queries import CompiledQuery
from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.events.factories import EventFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory
from website.views import HOME_DELEGATIONS

pytestmark = pytest.mark.django_db


def _article_at(slug, municipality_id, now=None):
    return ARTICLE_AT_SLUG.run(
        slug=slug, municipality_id=municipality_id, now=now or timezone.now()
    )


def test_each_request_finds_its_own_article():
    first, second = ArticleFactory(), ArticleFactory()
    assert _article_at(first.slug_he, first.municipality_id) == [first]
    assert _article_at(second.slug_he, second.municipality_id) == [second]
    assert _article_at(second.slug_he, first.municipality_id) == []
    assert _article_at("no-such-article", first.municipality_id) == []


def test_the_second_request_compiles_nothing(compilations):
    first, second = ArticleFactory(), ArticleFactory()
    _article_at(first.slug_he, first.municipality_id)
    compilations.clear()
    with CaptureQueriesContext(connection) as queries:
        found = _article_at(second.slug_he, second.municipality_id)
    assert found == [second]
    assert compilations == []
    assert len(queries) == 1


def test_an_article_reads_as_the_queryset_reads_it_in_every_language():
    article = ArticleFactory(title_ar="", slug_en="community-story")
    for language in ("he", "ar", "en"):
        with translation.override(language):
            slug = article.slug
            [compiled] = _article_at(slug, article.municipality_id)
            plain = (
                Article.objects.published()
                .on_site_of(article.municipality_id)
                .with_slug(slug)
                .for_detail()
                .get()
            )
            # The Arabic title falls back to the Hebrew one, as on the
            # queryset's own instance.
            assert compiled.title == plain.title
            assert compiled.slug == plain.slug
            assert compiled.municipality.name == plain.municipality.name
            assert compiled.body == plain.body


def test_a_scheduled_article_appears_when_its_time_comes():
    now = timezone.now()
    article = ArticleFactory(published_at=now + datetime.timedelta(hours=2))
    assert _article_at(article.slug_he, article.municipality_id, now) == []
    later = now + datetime.timedelta(hours=3)
    assert _article_at(article.slug_he, article.municipality_id, later) == [article]


def test_the_portal_finds_the_articles_of_every_municipality():
    article = ArticleFactory()
    assert _article_at(article.slug_he, None) == [article]
    # The portal's query is compiled apart: the municipality's is kept.
    assert _article_at(article.slug_he, article.municipality_id + 1) == []


def test_related_articles_leave_out_the_article_and_other_municipalities():
    article = ArticleFactory()
    others = ArticleFactory.create_batch(4, municipality=article.municipality)
    ArticleFactory(municipality=MunicipalityFactory())
    related = RELATED_ARTICLES.run(
        article_id=article.pk,
        municipality_id=article.municipality_id,
        now=timezone.now(),
    )
    expected = sorted(others, key=lambda a: (a.published_at, a.pk), reverse=True)
    assert related == expected[:3]


def test_a_queryset_that_reads_the_time_itself_is_refused():
    # published() without ``at`` reads the clock at each build: frozen into
    # stored SQL it would keep scheduled articles hidden forever.
    unsafe = CompiledQuery(
        lambda slug: Article.objects.published().filter(slug_he=slug), slug=str
    )
    with pytest.raises(ImproperlyConfigured, match="changes between two builds"):
        unsafe.run(slug="a")


def test_a_value_that_reaches_the_sql_changed_is_refused():
    # A ``contains`` lookup sends "%value%", not the value: it cannot be
    # swapped in later.
    unsafe = CompiledQuery(
        lambda words: Article.objects.filter(title_he__contains=words), words=str
    )
    with pytest.raises(ImproperlyConfigured, match="changed"):
        unsafe.run(words="קהילה")


def test_values_of_the_wrong_kind_are_refused():
    with pytest.raises(TypeError, match="municipality_id must be a int"):
        ARTICLE_AT_SLUG.run(slug="a", municipality_id="1", now=timezone.now())
    with pytest.raises(TypeError, match="Expected the values"):
        ARTICLE_AT_SLUG.run(slug="a", now=timezone.now())
    # A moment where a day is compared would be sent as a moment.
    with pytest.raises(TypeError, match="today must be a date"):
        HOME_DELEGATIONS.run(municipality_id=1, today=timezone.now())


def test_a_day_is_a_value_like_any_other():
    today = timezone.localdate()
    visit = DelegationFactory(
        starts_on=today - datetime.timedelta(days=3),
        ends_on=today - datetime.timedelta(days=1),
    )
    municipality_id = visit.partnership.municipality_id
    earlier = today - datetime.timedelta(days=2)
    assert HOME_DELEGATIONS.run(municipality_id=municipality_id, today=earlier) == [
        visit
    ]
    assert HOME_DELEGATIONS.run(municipality_id=municipality_id, today=today) == []


@pytest.mark.parametrize(
    "make_item",
    [
        PartnerOrganizationFactory,
        CommunityDepartmentFactory,
        lambda: DelegationFactory().partnership,
        EventFactory,
    ],
    ids=["partner", "department", "partnership", "event"],
)
def test_a_detail_page_compiles_nothing_the_second_time(
    client, compilations, make_item
):
    first, second = make_item(), make_item()
    client.get(first.get_absolute_url())
    compilations.clear()
    response = client.get(second.get_absolute_url())
    assert response.status_code == 200
    assert str(second) in response.content.decode()
    assert compilations == []


def test_the_home_page_compiles_nothing_the_second_time(
    client, compilations, page_cache_off
):
    ArticleFactory(pinned=True)
    ArticleFactory()
    DelegationFactory()
    client.get("/he/")
    compilations.clear()
    response = client.get("/he/")
    assert response.status_code == 200
    assert len(response.context["articles"]) == 2
    assert len(response.context["delegations"]) == 1
    assert compilations == []


def test_the_sql_is_given_with_the_values_for_a_query_written_around_it():
    municipality = MunicipalityFactory()
    in_municipality = CompiledQuery(
        lambda municipality_id: Article.objects.filter(
            municipality_id=municipality_id
        ).values_list("pk"),
        municipality_id=int,
    )
    article = ArticleFactory(municipality=municipality)
    ArticleFactory()

    sql, params = in_municipality.sql_with_params(municipality_id=municipality.pk)

    assert municipality.pk in params
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS found", params)  # noqa: S608
        assert cursor.fetchone() == (1,)
    assert in_municipality.run(municipality_id=municipality.pk) == [(article.pk,)]


def test_a_query_that_can_match_nothing_gives_no_sql():
    nothing = CompiledQuery(
        lambda municipality_id: Article.objects.filter(
            municipality_id=municipality_id, pk__in=[]
        ),
        municipality_id=int,
    )
    assert nothing.sql_with_params(municipality_id=1) == (None, ())
    assert nothing.run(municipality_id=1) == []
