"""An address or a filter with a control character in it (``%00`` most of
all, which PostgreSQL refuses in text) is a "not found" page or a list that
says the filter is wrong, never a server error, on every database."""

from http import HTTPStatus
from urllib.parse import quote

import pytest
from django.urls import Resolver404, resolve

from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)
from tests.partnerships.factories import PartnershipFactory

pytestmark = pytest.mark.django_db

CONTROL_CHARACTERS = ["\x00", "\x01", "\x1f", "\x7f"]

# Every address with a slug in it, "{}" standing for the slug.
SLUG_ADDRESSES = [
    "/he/news/{}/",
    "/he/news/feeds/municipality/{}/rss/",
    "/he/news/feeds/municipality/{}/atom/",
    "/he/news/feeds/topic/{}/rss/",
    "/he/news/feeds/topic/{}/atom/",
    "/he/departments/{}/",
    "/he/partnerships/{}/",
    "/he/partners/{}/",
    "/he/partners/{}/edit-link/",
    "/he/partners/{}/edit-link/sent/",
]


@pytest.fixture
def content():
    """One item behind each address, its slug ``makom`` (or ``מקום``)."""
    city = MunicipalityFactory(slug="makom")
    TopicFactory(slug="makom")
    ArticleFactory(municipality=city, slug_he="makom", slug_ar="مكان")
    CommunityDepartmentFactory(municipality=city, slug="makom")
    PartnershipFactory(municipality=city, slug="makom")
    PartnerOrganizationFactory(slug="makom")
    FieldOfActionFactory(slug="education")
    PopulationFactory(slug="youth")
    RegionFactory(slug="center")


@pytest.mark.parametrize("character", CONTROL_CHARACTERS)
@pytest.mark.parametrize("address", SLUG_ADDRESSES)
def test_a_slug_with_a_control_character_is_not_found(
    client, content, address, character
):
    for slug in (character, f"makom{character}", f"ma{character}kom"):
        response = client.get(address.format(quote(slug)))

        assert response.status_code == HTTPStatus.NOT_FOUND, (address, slug)


@pytest.mark.parametrize("address", SLUG_ADDRESSES)
def test_no_address_takes_a_slug_with_a_nul_in_it(address):
    # Refused by the address itself, so that no query is ever sent.
    with pytest.raises(Resolver404):
        resolve(address.format("makom\x00"))


@pytest.mark.parametrize("address", SLUG_ADDRESSES)
def test_hebrew_and_arabic_slugs_still_lead_to_their_page(address):
    for slug in ("מקום-טוב", "مكان_جميل", "makom-2"):
        assert resolve(address.format(slug)).kwargs == {"slug": slug}


def test_the_pages_behind_the_addresses_still_open(client, content):
    PartnerOrganizationFactory(slug="נגישות")
    pages = [address.format("makom") for address in SLUG_ADDRESSES[:-2]]
    pages += ["/ar/news/مكان/", "/he/partners/נגישות/"]

    for page in pages:
        assert client.get(page).status_code == HTTPStatus.OK, page


# The filters read from the query string: (page, parameter, form field that
# reports the value, or None when a bad page number gives the first page).
QUERY_PARAMETERS = [
    ("/he/news/", "municipality", "municipality"),
    ("/he/news/", "topic", "topic"),
    ("/he/news/", "page", None),
    ("/he/partners/", "field", "field"),
    ("/he/partners/", "population", "population"),
    ("/he/partners/", "region", "region"),
    ("/he/partners/", "kind", "kind"),
    ("/he/partners/", "page", None),
    ("/he/departments/", "page", None),
    ("/he/partnerships/", "page", None),
    ("/he/search/", "q", "q"),
    ("/he/search/", "kind", "kind"),
    ("/he/search/", "municipality", "municipality"),
    ("/he/search/", "topic", "topic"),
]


@pytest.mark.parametrize(("page", "parameter", "field"), QUERY_PARAMETERS)
def test_a_filter_with_a_nul_in_it_is_reported_not_an_error(
    client, content, page, parameter, field
):
    for value in ("\x00", "makom\x00", "education\x00"):
        params = {parameter: value}
        if page == "/he/search/" and parameter != "q":
            params["q"] = "כתבה"

        response = client.get(page, params)

        assert response.status_code == HTTPStatus.OK, (page, parameter, value)
        if field is not None:
            assert response.context["form"].errors[field], (page, parameter)


def test_search_words_with_a_nul_are_refused_with_a_message(client, content):
    response = client.get("/en/search/", {"q": "story\x00"})

    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"] is None
    assert response.context["form"].errors["q"]
    assert 'aria-invalid="true"' in response.text


@pytest.mark.parametrize("character", CONTROL_CHARACTERS[1:])
def test_other_control_characters_in_search_words_are_left_out(
    client, content, character
):
    response = client.get("/he/search/", {"q": f"כתבה{character}"})

    assert response.status_code == HTTPStatus.OK
    assert len(response.context["page_obj"]) == 1


def test_search_results_page_with_a_nul_is_the_first_page(client, content):
    response = client.get("/he/search/", {"q": "כתבה", "page": "\x00"})

    assert response.status_code == HTTPStatus.OK
    assert response.context["page_obj"].number == 1


def test_sitemap_page_with_a_nul_is_not_found(client, content):
    response = client.get("/sitemap.xml", {"p": "\x00"})

    assert response.status_code == HTTPStatus.NOT_FOUND
