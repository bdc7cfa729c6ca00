"""Every public page type answers in Hebrew, Arabic and English with the
right language and direction on <html>."""

import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

DIRECTIONS = {"he": "rtl", "ar": "rtl", "en": "ltr"}


@pytest.fixture
def content():
    partnership = PartnershipFactory(slug="rehovot-minneapolis")
    DelegationFactory(partnership=partnership)
    ArticleFactory(
        slug_he="כתבה", slug_ar="مقال", slug_en="story", partnership=partnership
    )
    CommunityDepartmentFactory(slug="community-rehovot")
    PartnerOrganizationFactory(
        slug="makom",
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
    )


PAGES = {
    "home": "",
    "news": "news/",
    "departments": "departments/",
    "department": "departments/community-rehovot/",
    "partnerships": "partnerships/",
    "partnership": "partnerships/rehovot-minneapolis/",
    "directory": "partners/",
    "partner": "partners/makom/",
    "spotlight": "partners/meet-the-partner/",
}
ARTICLE_SLUGS = {"he": "כתבה", "ar": "مقال", "en": "story"}


@pytest.mark.parametrize("language", DIRECTIONS)
@pytest.mark.parametrize("page", [*PAGES, "article"])
def test_page_answers_in_the_language_asked_for(client, content, language, page):
    path = f"news/{ARTICLE_SLUGS[language]}/" if page == "article" else PAGES[page]

    response = client.get(f"/{language}/{path}")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{DIRECTIONS[language]}">' in html
    assert html.count("<h1") == 1


def test_root_sends_visitors_to_hebrew_by_default(client):
    response = client.get("/")

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/he/"


def test_root_sends_arabic_browsers_to_arabic(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")

    assert response["Location"] == "/ar/"


def test_unknown_page_is_a_404_in_the_visitors_language(client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert '<html lang="en" dir="ltr">' in response.content.decode()


def test_language_switcher_links_to_the_article_in_each_language(client, content):
    html = client.get("/he/news/כתבה/").content.decode()

    assert 'href="/en/news/story/"' in html
    assert (
        'href="/ar/news/%D9%85%D9%82%D8%A7%D9%84/"' in html
        or 'href="/ar/news/مقال/"' in html
    )
