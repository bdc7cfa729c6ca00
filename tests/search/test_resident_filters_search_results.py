"""Narrowing a search by kind, municipality and topic."""

from http import HTTPStatus

import pytest

from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import PartnershipFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def rehovot():
    return MunicipalityFactory(slug="rehovot", name_he="רחובות")


@pytest.fixture
def content(rehovot):
    modiin = MunicipalityFactory(slug="modiin", name_he="מודיעין")
    youth = TopicFactory(slug="youth", name_he="נוער")
    ArticleFactory(
        title_he="כתבה על משלחת ברחובות", municipality=rehovot, topics=[youth]
    )
    ArticleFactory(title_he="כתבה נוספת על משלחת ברחובות", municipality=rehovot)
    ArticleFactory(title_he="כתבה על משלחת במודיעין", municipality=modiin)
    partner = PartnerOrganizationFactory(name_he="ארגון משלחת")
    partner.municipalities.set([rehovot])
    PartnerOrganizationFactory(name_he="ארגון משלחת אחר")
    PartnershipFactory(name_he="שותפות משלחת", municipality=modiin)
    CommunityDepartmentFactory(name_he="אגף משלחת", municipality=rehovot)


def test_filter_by_kind(search_page, content):
    assert sorted(titles(search_page("משלחת", kind="partner"))) == [
        "ארגון משלחת",
        "ארגון משלחת אחר",
    ]
    assert titles(search_page("משלחת", kind="partnership")) == ["שותפות משלחת"]
    assert titles(search_page("משלחת", kind="department")) == ["אגף משלחת"]
    assert len(titles(search_page("משלחת", kind="article"))) == 3


def test_filter_by_municipality_includes_the_partners_serving_it(search_page, content):
    assert sorted(titles(search_page("משלחת", municipality="rehovot"))) == [
        "אגף משלחת",
        "ארגון משלחת",
        "כתבה נוספת על משלחת ברחובות",
        "כתבה על משלחת ברחובות",
    ]


def test_filter_by_topic_shows_tagged_news_only(search_page, content):
    assert titles(search_page("משלחת", topic="youth")) == ["כתבה על משלחת ברחובות"]


def test_filters_combine(search_page, content):
    response = search_page("משלחת", kind="article", municipality="modiin")

    assert titles(response) == ["כתבה על משלחת במודיעין"]


@pytest.mark.parametrize(
    "filters",
    [{"kind": "spaceship"}, {"municipality": "atlantis"}, {"topic": "' OR 1=1 --"}],
)
def test_an_unknown_filter_value_is_reported_and_ignored(search_page, content, filters):
    response = search_page("משלחת", **filters)

    assert response.status_code == HTTPStatus.OK
    assert len(titles(response)) == 7
    assert "ערך הסינון לא מוכר" in response.text


def test_result_pages_keep_the_words_and_filters(search_page, rehovot):
    for number in range(25):
        ArticleFactory(title_he=f"משלחת מספר {number}", municipality=rehovot)

    first = search_page("משלחת", municipality="rehovot")
    second = search_page("משלחת", municipality="rehovot", page=2)

    assert len(titles(first)) == 20
    assert len(titles(second)) == 5
    assert "q=%D7%9E%D7%A9%D7%9C%D7%97%D7%AA&amp;municipality=rehovot&amp;page=2" in (
        first.text
    )
    assert first.context["page_obj"].paginator.count == 25
