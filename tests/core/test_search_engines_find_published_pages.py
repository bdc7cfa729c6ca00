"""Search engines find every published page, in every language, and nothing
else: sitemap.xml (valid against the sitemaps.org schema, with language
alternates), robots.txt, canonical addresses and hreflang links."""

import datetime
from http import HTTPStatus
from pathlib import Path

import pytest
from django.utils import timezone
from lxml import etree

from core.models import PublicationStatus
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import PartnershipFactory

pytestmark = pytest.mark.django_db

SCHEMA = Path(__file__).parent / "schemas" / "sitemap-with-alternates.xsd"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}
SERVER = "http://testserver"


@pytest.fixture
def site():
    """Published pages of every kind, and unpublished ones that search
    engines must never be told about."""
    ArticleFactory(slug_he="כתבה", slug_ar="مقال", slug_en="story")
    ArticleFactory(slug_en="draft-story", status=WorkflowStatus.DRAFT)
    ArticleFactory(slug_en="archived-story", status=WorkflowStatus.ARCHIVED)
    ArticleFactory(
        slug_en="scheduled-story",
        published_at=timezone.now() + datetime.timedelta(days=3),
    )
    CommunityDepartmentFactory(slug="community-rehovot")
    CommunityDepartmentFactory(slug="draft-department", status=PublicationStatus.DRAFT)
    PartnershipFactory(slug="rehovot-minneapolis")
    PartnershipFactory(slug="draft-partnership", status=PublicationStatus.DRAFT)
    PartnerOrganizationFactory(slug="makom")
    PartnerOrganizationFactory(slug="draft-partner", status=PublicationStatus.DRAFT)


def _sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == HTTPStatus.OK
    return etree.fromstring(response.content)


def _locations(document):
    return {loc.text for loc in document.iterfind("sm:url/sm:loc", NS)}


def test_sitemap_is_valid_against_the_sitemaps_schema(client, site):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))

    document = _sitemap(client)

    assert schema.validate(document), schema.error_log
    # The schema is strict about the alternates too: a wrong one fails.
    link = document.find("sm:url/xhtml:link", NS)
    link.set("rel", "canonical")
    assert not schema.validate(document)


def test_sitemap_lists_every_published_page_in_every_language(client, site):
    locations = _locations(_sitemap(client))

    for language in ("he", "ar", "en"):
        for path in (
            "",
            "news/",
            "departments/",
            "departments/community-rehovot/",
            "partnerships/",
            "partnerships/rehovot-minneapolis/",
            "partners/",
            "partners/makom/",
            "partners/meet-the-partner/",
            "accessibility/",
        ):
            assert f"{SERVER}/{language}/{path}" in locations
    assert f"{SERVER}/en/news/story/" in locations
    assert f"{SERVER}/ar/news/%D9%85%D9%82%D8%A7%D9%84/" in locations


def test_sitemap_leaves_out_what_is_not_published(client, site):
    text = " ".join(_locations(_sitemap(client)))

    for slug in (
        "draft-story",
        "archived-story",
        "scheduled-story",
        "draft-department",
        "draft-partnership",
        "draft-partner",
    ):
        assert slug not in text


def test_sitemap_links_each_page_to_its_translations(client, site):
    document = _sitemap(client)

    entry = next(
        url
        for url in document.iterfind("sm:url", NS)
        if url.findtext("sm:loc", namespaces=NS) == f"{SERVER}/en/news/story/"
    )
    alternates = {
        link.get("hreflang"): link.get("href")
        for link in entry.iterfind("xhtml:link", NS)
    }
    assert alternates == {
        "he": f"{SERVER}/he/news/%D7%9B%D7%AA%D7%91%D7%94/",
        "ar": f"{SERVER}/ar/news/%D9%85%D9%82%D8%A7%D9%84/",
        "en": f"{SERVER}/en/news/story/",
        # No language prefix: each visitor is sent to their own language.
        "x-default": f"{SERVER}/news/%D7%9B%D7%AA%D7%91%D7%94/",
    }
    assert entry.findtext("sm:lastmod", namespaces=NS)


def test_robots_txt_points_to_the_sitemap_and_keeps_private_pages_out(client):
    response = client.get("/robots.txt")

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    for language in ("he", "ar", "en"):
        assert f"Disallow: /{language}/news/preview/" in lines
        assert f"Disallow: /{language}/partners/edit/" in lines
    assert f"Sitemap: {SERVER}/sitemap.xml" in lines
    assert "Disallow: /" not in lines


def test_pages_name_their_canonical_address_and_their_translations(client, site):
    html = client.get("/ar/news/مقال/").content.decode()

    assert (
        f'<link rel="canonical" href="{SERVER}/ar/news/%D9%85%D9%82%D8%A7%D9%84/">'
        in html
    )
    assert (
        f'<link rel="alternate" hreflang="en" href="{SERVER}/en/news/story/">' in html
    )
    assert (
        '<link rel="alternate" hreflang="x-default" '
        f'href="{SERVER}/news/%D7%9B%D7%AA%D7%91%D7%94/">' in html
    )


def test_the_default_address_leads_each_visitor_to_their_language(client, site):
    response = client.get(
        "/news/%D7%9B%D7%AA%D7%91%D7%94/", HTTP_ACCEPT_LANGUAGE="en", follow=True
    )

    assert response.status_code == HTTPStatus.OK
    assert response.redirect_chain[-1][0] == "/en/news/story/"


def test_canonical_address_keeps_filters_and_page_but_drops_the_rest(client):
    MunicipalityFactory(slug="rehovot")
    ArticleFactory.create_batch(13)

    html = client.get(
        "/he/news/?municipality=rehovot&utm_source=whatsapp&page=1"
    ).content.decode()
    second = client.get("/he/news/?page=2&fbclid=abc").content.decode()
    unknown = client.get("/he/news/?municipality=nowhere").content.decode()

    assert f'<link rel="canonical" href="{SERVER}/he/news/?municipality=rehovot">' in (
        html
    )
    assert (
        f'<link rel="alternate" hreflang="en" '
        f'href="{SERVER}/en/news/?municipality=rehovot">' in html
    )
    assert f'<link rel="canonical" href="{SERVER}/he/news/?page=2">' in second
    assert f'<link rel="canonical" href="{SERVER}/he/news/">' in unknown


def test_previews_and_error_pages_are_kept_out_of_search_results(client):
    draft = ArticleFactory(status=WorkflowStatus.DRAFT)

    preview = client.get(draft.get_preview_url())
    missing = client.get("/he/no-such-page/")

    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex">' in preview.content.decode()
    assert 'rel="canonical"' not in preview.content.decode()
    assert '<meta name="robots" content="noindex">' in missing.content.decode()
    assert 'rel="canonical"' not in missing.content.decode()
