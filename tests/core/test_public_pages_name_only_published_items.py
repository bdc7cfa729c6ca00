"""A page residents see names and links only related items they may open
too: a published article tagged with a department, a partnership or a
partner organization whose page is still a draft says nothing about it, on
its page, in lists, feeds, the sitemap, structured data or search; once the
related item is published, it is named and linked."""

import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone
from django.utils.encoding import iri_to_uri

from core.models import PublicationStatus
from search.models import SearchDocument
from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
PUBLISHED = PublicationStatus.PUBLISHED


def _html(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK, url
    return response.content.decode()


def assert_not_named(html, item):
    assert item.name not in html, item.name
    assert item.get_absolute_url() not in html, item.get_absolute_url()


def assert_named_and_linked(html, item):
    assert item.name in html, item.name
    assert f'href="{item.get_absolute_url()}"' in html, item.get_absolute_url()


@pytest.fixture
def city():
    return MunicipalityFactory(slug="rehovot")


@pytest.fixture
def article_about(city):
    """A published article about a department, a partnership and a partner
    organization, each with ``status``."""

    def make(status):
        department = CommunityDepartmentFactory(
            municipality=city, name_he="אגף הקהילה הסודי", status=status
        )
        partnership = PartnershipFactory(
            municipality=city, name_he="שותפות עם עיר סודית", status=status
        )
        partner = PartnerOrganizationFactory(name_he="עמותה סודית", status=status)
        article = ArticleFactory(
            municipality=city,
            department=department,
            partnership=partnership,
        )
        article.partner_organizations.add(partner)
        return article, [department, partnership, partner]

    return make


def test_article_page_does_not_name_draft_related_pages(client, article_about):
    article, related = article_about(DRAFT)

    html = _html(client, article.get_absolute_url())

    for item in related:
        assert_not_named(html, item)


def test_article_page_names_and_links_published_related_pages(client, article_about):
    article, related = article_about(PUBLISHED)

    html = _html(client, article.get_absolute_url())

    for item in related:
        assert_named_and_linked(html, item)


def test_article_preview_shows_what_residents_will_see(client, article_about):
    article, related = article_about(DRAFT)

    html = _html(client, article.get_preview_url())

    for item in related:
        assert_not_named(html, item)


def test_a_department_published_later_appears_on_the_article(client, article_about):
    article, (department, *_others) = article_about(DRAFT)

    department.status = PUBLISHED
    department.save()

    assert_named_and_linked(_html(client, article.get_absolute_url()), department)


@pytest.mark.parametrize("url", ["/he/", "/he/news/", "/he/news/?municipality=rehovot"])
def test_article_cards_do_not_name_draft_related_pages(client, article_about, url):
    article, related = article_about(DRAFT)

    html = _html(client, url)

    assert article.title in html
    for item in related:
        assert_not_named(html, item)


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_do_not_name_draft_related_pages(client, article_about, kind):
    article, related = article_about(DRAFT)

    for url in (
        f"/he/news/feeds/{kind}/",
        f"/he/news/feeds/municipality/rehovot/{kind}/",
    ):
        feed = _html(client, url)
        assert article.title in feed
        for item in related:
            assert_not_named(feed, item)


def test_sitemap_lists_only_published_related_pages(client, article_about):
    _article, drafts = article_about(DRAFT)
    _article, published = article_about(PUBLISHED)

    sitemap = _html(client, "/sitemap.xml")

    for item in drafts:
        assert iri_to_uri(item.get_absolute_url()) not in sitemap
        assert item.get_absolute_url() not in sitemap
    for item in published:
        assert iri_to_uri(item.get_absolute_url()) in sitemap


def test_search_does_not_find_an_article_by_its_draft_department(client, article_about):
    _article, related = article_about(DRAFT)

    for item in related:
        response = client.get("/he/search/", {"q": item.name})
        assert list(response.context["page_obj"]) == [], item.name
    for document in SearchDocument.objects.all():
        for item in related:
            assert item.name not in document.text


def test_partnership_page_names_only_published_convening_organizations(client, city):
    partnership = PartnershipFactory(municipality=city)
    DelegationFactory(partnership=partnership)
    draft = PartnerOrganizationFactory(name_he="ארגון מכנס בטיוטה", status=DRAFT)
    published = PartnerOrganizationFactory(name_he="ארגון מכנס פומבי")
    partnership.convening_organizations.add(draft, published)

    html = _html(client, partnership.get_absolute_url())

    assert_not_named(html, draft)
    assert_named_and_linked(html, published)


@pytest.mark.parametrize("page", ["profile", "spotlight"])
def test_partner_pages_name_only_published_members_and_coalitions(client, page):
    coalition = PartnerOrganizationFactory(
        kind="coalition",
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    draft = PartnerOrganizationFactory(name_he="חבר בטיוטה", status=DRAFT)
    published = PartnerOrganizationFactory(name_he="חבר פומבי")
    coalition.member_organizations.add(draft, published)
    draft_coalition = PartnerOrganizationFactory(
        name_he="קואליציה בטיוטה", status=DRAFT
    )
    draft_coalition.member_organizations.add(coalition)
    spotlight = "/he/partners/meet-the-partner/"

    html = _html(
        client, spotlight if page == "spotlight" else coalition.get_absolute_url()
    )

    assert_not_named(html, draft)
    assert_not_named(html, draft_coalition)
    # The spotlight names the members in its structured data only.
    assert published.name in html
    if page == "profile":
        assert_named_and_linked(html, published)


def test_department_page_lists_only_published_news(client, city):
    department = CommunityDepartmentFactory(municipality=city)
    published = ArticleFactory(municipality=city, department=department)
    draft = ArticleFactory(municipality=city, department=department, status=DRAFT)

    html = _html(client, department.get_absolute_url())

    assert f'href="{published.get_absolute_url()}"' in html
    assert draft.title not in html


def test_home_page_does_not_name_draft_partnerships_or_partners(client, city):
    partnership = PartnershipFactory(
        municipality=city, name_he="שותפות בטיוטה", status=DRAFT
    )
    DelegationFactory(partnership=partnership, title_he="ביקור של שותפות בטיוטה")
    spotlight = PartnerOrganizationFactory(
        name_he="זרקור בטיוטה",
        status=DRAFT,
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
    )

    html = _html(client, "/he/")

    assert_not_named(html, partnership)
    assert_not_named(html, spotlight)
    assert "ביקור של שותפות בטיוטה" not in html
