"""A filter value that is not known (an old link, a typo) is reported, and
only that filter is dropped: the news list and the partner directory treat
it the same way."""

import pytest

from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory
from tests.partners.factories import FieldOfActionFactory, PartnerOrganizationFactory

pytestmark = pytest.mark.django_db


def test_news_keeps_the_valid_filter_when_another_is_unknown(client):
    rehovot, modiin = MunicipalityFactory(slug="rehovot"), MunicipalityFactory()
    ArticleFactory(municipality=rehovot, title_he="כתבה ברחובות")
    ArticleFactory(municipality=modiin, title_he="כתבה במודיעין")

    response = client.get("/he/news/", {"municipality": "rehovot", "topic": "nope"})

    html = response.content.decode()
    assert "topic" in response.context["form"].errors
    assert "כתבה ברחובות" in html
    assert "כתבה במודיעין" not in html


def test_the_directory_keeps_the_valid_filter_when_another_is_unknown(client):
    education = FieldOfActionFactory(slug="education")
    PartnerOrganizationFactory(name_he="ארגון חינוך", fields_of_action=[education])
    PartnerOrganizationFactory(name_he="ארגון אחר")

    response = client.get("/he/partners/", {"field": "education", "region": "nope"})

    html = response.content.decode()
    assert "region" in response.context["form"].errors
    assert "ארגון חינוך" in html
    assert "ארגון אחר" not in html
