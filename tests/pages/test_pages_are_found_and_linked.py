"""A published page is found by search on its own site, listed in its
site's sitemap, and can be a link of the site's menu; drafts are none of
these."""

import pytest
from django.utils import translation
from lxml import etree

from municipalities.workflow import WorkflowStatus
from sites.models import MenuItem
from tests.pages.factories import PageFactory, QuestionFactory
from tests.sites.conftest import PORTAL
from tests.sites.factories import MenuItemFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _results(client, host, words):
    response = client.get("/he/search/", {"q": words}, HTTP_HOST=host)
    return [result.title for result in response.context["page_obj"] or []]


def test_a_page_is_found_by_the_words_of_its_blocks(client, cities):
    alpha, beta = cities
    page = PageFactory(site=alpha.site, title_he="שאלות על התנדבות")
    QuestionFactory(
        parent=page, question_he="האם צריך ניסיון?", answer_he="לא, מלמדים אתכם במקום."
    )

    assert _results(client, alpha.host, "מלמדים") == ["שאלות על התנדבות"]
    # Another city's site and the portal do not show this city's pages.
    assert _results(client, beta.host, "מלמדים") == []
    assert _results(client, PORTAL, "מלמדים") == []


def test_the_portals_own_pages_are_found_on_the_portal(client, cities, portal):
    page = PageFactory(site=portal, title_he="על הרשת הארצית")
    QuestionFactory(parent=page, answer_he="שלושים אגפים בארץ")

    assert _results(client, PORTAL, "שלושים") == ["על הרשת הארצית"]


def test_a_draft_page_is_not_found(client, cities):
    alpha, _beta = cities
    page = PageFactory(site=alpha.site, title_he="טיוטה", status=WorkflowStatus.DRAFT)
    QuestionFactory(parent=page, answer_he="מילהנדירה")

    assert _results(client, alpha.host, "מילהנדירה") == []


def test_the_sitemap_lists_the_sites_published_pages(client, cities):
    alpha, beta = cities
    shown = PageFactory(site=alpha.site, slug_en="visible")
    draft = PageFactory(site=alpha.site, slug_en="draft", status=WorkflowStatus.DRAFT)
    PageFactory(site=alpha.site, parent=draft, slug_en="under-draft")
    PageFactory(site=beta.site, slug_en="theirs")

    sitemap = etree.fromstring(client.get("/sitemap.xml", HTTP_HOST=alpha.host).content)
    locations = {url.findtext(f"{SITEMAP}loc") for url in sitemap.iter(f"{SITEMAP}url")}

    with translation.override("en"):
        assert f"http://alpha.example.org{shown.get_absolute_url()}" in locations
    assert not [loc for loc in locations if "draft" in loc or "theirs" in loc]


def test_a_page_can_be_a_menu_link_of_its_site(client, cities):
    alpha, _beta = cities
    page = PageFactory(site=alpha.site, slug_he="מתנדבים", title_he="התנדבות")
    MenuItemFactory(
        site=alpha.site, label_he="להתנדב", section=f"page:{page.pk}", url=""
    )

    html = client.get("/he/מתנדבים/", HTTP_HOST=alpha.host).content.decode()

    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    with translation.override("he"):
        href = page.get_absolute_url()
    assert f'<a href="{href}" aria-current="page">להתנדב</a>' in nav


def test_a_menu_link_to_a_draft_page_is_left_out(client, cities):
    alpha, _beta = cities
    page = PageFactory(site=alpha.site, status=WorkflowStatus.DRAFT)
    MenuItemFactory(
        site=alpha.site, label_he="טיוטה", section=f"page:{page.pk}", url=""
    )
    MenuItemFactory(site=alpha.site, label_he="חדשות", section="articles:list")

    html = client.get("/he/", HTTP_HOST=alpha.host).content.decode()

    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert "חדשות" in nav and "טיוטה" not in nav


def test_a_menu_link_must_name_a_known_page(cities):
    from django.core.exceptions import ValidationError

    alpha, _beta = cities
    for section in ("page:999999", "nowhere:1", "admin:index"):
        item = MenuItem(site=alpha.site, label_he="x", section=section)
        if section == "page:999999":
            item.full_clean()  # a page that is gone is left out when drawn
            continue
        with pytest.raises(ValidationError):
            item.full_clean()


def test_a_menu_follows_its_page_when_it_is_renamed(client, cities):
    alpha, _beta = cities
    page = PageFactory(site=alpha.site, slug_en="old-name")
    MenuItemFactory(site=alpha.site, label_en="Help", section=f"page:{page.pk}", url="")
    client.get("/en/", HTTP_HOST=alpha.host)

    page.slug_en = "new-name"
    page.save()

    html = client.get("/en/", HTTP_HOST=alpha.host).content.decode()
    assert 'href="/en/new-name/">Help</a>' in html
