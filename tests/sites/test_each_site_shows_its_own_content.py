"""On a municipality's site residents find that municipality's content on
every public page type, feed, sitemap and search; the portal shows every
municipality's."""

from http import HTTPStatus

import pytest
from django.utils import translation

from tests.sites.conftest import PORTAL

pytestmark = pytest.mark.django_db

LISTS = {
    "home": "/en/",
    "news": "/en/news/",
    "departments": "/en/departments/",
    "partnerships": "/en/partnerships/",
    "partner directory": "/en/partners/",
    "spotlight": "/en/partners/meet-the-partner/",
    "accessibility statement": "/en/accessibility/",
    "news feed (RSS)": "/en/news/feeds/rss/",
    "news feed (Atom)": "/en/news/feeds/atom/",
    "sitemap": "/sitemap.xml",
}


def _words_on(client, host, path):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == HTTPStatus.OK, path
    text = response.content.decode()
    return {word for word in ("alpha", "beta") if word in text}


@pytest.mark.parametrize("page", LISTS)
def test_a_municipality_site_lists_only_its_own_content(client, cities, page):
    alpha, beta = cities

    assert _words_on(client, alpha.host, LISTS[page]) == {"alpha"}
    assert _words_on(client, beta.host, LISTS[page]) == {"beta"}


@pytest.mark.parametrize("page", [name for name in LISTS if name not in ("spotlight",)])
def test_the_portal_lists_every_municipality(client, cities, page):
    assert _words_on(client, PORTAL, LISTS[page]) == {"alpha", "beta"}


def test_the_home_page_shows_the_citys_own_visits_and_spotlight(client, cities):
    alpha, _beta = cities

    response = client.get("/en/", HTTP_HOST=alpha.host)

    assert response.context["spotlight"] == alpha.partner
    assert list(response.context["delegations"]) == [alpha.delegation]
    assert [a.pk for a in response.context["articles"]] == [alpha.article.pk]


def _object_pages(city):
    feed = f"/en/news/feeds/municipality/{city.municipality.slug}/rss/"
    with translation.override("en"):
        return {
            "article": city.article.get_absolute_url(),
            "department": city.department.get_absolute_url(),
            "partnership": city.partnership.get_absolute_url(),
            "partner": city.partner.get_absolute_url(),
            "municipality feed": feed,
        }


def test_each_site_opens_its_own_pages(client, cities):
    for city in cities:
        for name, path in _object_pages(city).items():
            response = client.get(path, HTTP_HOST=city.host)
            assert response.status_code == HTTPStatus.OK, name


def test_another_municipalitys_page_is_not_found_at_this_site(client, cities):
    alpha, beta = cities

    for name, path in _object_pages(beta).items():
        response = client.get(path, HTTP_HOST=alpha.host)
        assert response.status_code == HTTPStatus.NOT_FOUND, name


def test_the_portal_opens_every_municipalitys_pages(client, cities):
    for city in cities:
        for name, path in _object_pages(city).items():
            response = client.get(path, HTTP_HOST=PORTAL)
            assert response.status_code == HTTPStatus.OK, name


def test_search_finds_only_this_sites_content(client, cities):
    alpha, _beta = cities

    on_alpha = client.get("/en/search/?q=Story", HTTP_HOST=alpha.host)
    on_portal = client.get("/en/search/?q=Story", HTTP_HOST=PORTAL)

    assert [r.title for r in on_alpha.context["page_obj"]] == ["Story alpha"]
    assert sorted(r.title for r in on_portal.context["page_obj"]) == [
        "Story alpha",
        "Story beta",
    ]


def test_search_on_a_city_site_finds_the_partners_serving_it(client, cities):
    alpha, _beta = cities

    response = client.get("/en/search/?q=Organization", HTTP_HOST=alpha.host)

    assert [r.title for r in response.context["page_obj"]] == ["Organization alpha"]


def test_a_city_site_offers_no_municipality_filter(client, cities):
    alpha, _beta = cities

    on_alpha = client.get("/en/news/", HTTP_HOST=alpha.host)
    on_portal = client.get("/en/news/", HTTP_HOST=PORTAL)

    assert 'name="municipality"' not in on_alpha.content.decode()
    assert 'name="municipality"' in on_portal.content.decode()


def test_a_municipality_filter_sent_to_a_city_site_shows_only_that_city(client, cities):
    alpha, beta = cities

    response = client.get(
        f"/en/news/?municipality={beta.municipality.slug}", HTTP_HOST=alpha.host
    )

    assert response.status_code == HTTPStatus.OK
    assert [a.pk for a in response.context["page_obj"]] == [alpha.article.pk]
