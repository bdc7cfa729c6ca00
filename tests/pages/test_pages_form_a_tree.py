"""Pages sit in a tree per site: a page is never its own ancestor, never
under another site's page, and a move takes its children along with their
addresses; no page takes a section's address or another page's."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from municipalities.workflow import WorkflowStatus
from pages.models import Page
from tests.pages.factories import PageFactory

pytestmark = pytest.mark.django_db


def test_a_page_cannot_become_its_own_descendant(cities):
    alpha, _beta = cities
    top = PageFactory(site=alpha.site)
    child = PageFactory(site=alpha.site, parent=top)
    grandchild = PageFactory(site=alpha.site, parent=child)

    top.parent = grandchild
    with pytest.raises(ValidationError):
        top.full_clean()


def test_a_page_cannot_sit_under_another_sites_page(cities):
    alpha, beta = cities
    theirs = PageFactory(site=beta.site)

    page = PageFactory.build(site=alpha.site, parent=theirs)
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "parent" in refused.value.message_dict


def test_a_move_takes_the_children_and_their_addresses_along(client, cities):
    alpha, _beta = cities
    about = PageFactory(site=alpha.site, slug_en="about")
    help_page = PageFactory(site=alpha.site, slug_en="help")
    team = PageFactory(site=alpha.site, parent=about, slug_en="team")
    member = PageFactory(site=alpha.site, parent=team, slug_en="dana")

    team.parent = help_page
    team.save()

    member.refresh_from_db()
    assert member.path_en == "help/team/dana"
    with translation.override("en"):
        assert member.get_absolute_url() == "/en/help/team/dana/"
    assert client.get("/en/help/team/dana/", HTTP_HOST=alpha.host).status_code == 200
    assert client.get("/en/about/team/dana/", HTTP_HOST=alpha.host).status_code == 404


def test_a_renamed_slug_renames_the_childrens_addresses(cities):
    alpha, _beta = cities
    top = PageFactory(site=alpha.site, slug_he="מתנדבים")
    child = PageFactory(site=alpha.site, parent=top, slug_he="נוער")

    top.slug_he = "התנדבות"
    top.save()

    child.refresh_from_db()
    assert child.path_he == "התנדבות/נוער"


def test_two_pages_of_a_site_cannot_share_an_address(cities):
    alpha, beta = cities
    PageFactory(site=alpha.site, slug_en="faq")

    same = PageFactory.build(site=alpha.site, slug_en="faq", slug_he="שאלות-2")
    with pytest.raises(ValidationError) as refused:
        same.full_clean()
    assert "slug_en" in refused.value.message_dict
    # Another site has its own addresses.
    PageFactory.build(site=beta.site, slug_en="faq", slug_he="שאלות-3").full_clean()


@pytest.mark.parametrize(
    "slug", ["news", "search", "partners", "accessibility", "admin", "documents"]
)
def test_a_top_page_cannot_take_a_sections_address(cities, slug):
    alpha, _beta = cities

    page = PageFactory.build(site=alpha.site, slug_en=slug)
    with pytest.raises(ValidationError) as refused:
        page.full_clean()
    assert "slug_en" in refused.value.message_dict


def test_a_page_under_a_draft_page_is_not_public(client, cities):
    alpha, _beta = cities
    draft = PageFactory(site=alpha.site, slug_en="soon", status=WorkflowStatus.DRAFT)
    PageFactory(site=alpha.site, parent=draft, slug_en="child")

    response = client.get("/en/soon/child/", HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.NOT_FOUND


def test_unknown_addresses_are_still_not_found(client, cities):
    alpha, _beta = cities

    response = client.get("/he/no-such-page/", HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "he" in response.content.decode()[:200]


def test_a_pages_ancestors_are_its_line_root_first(cities):
    alpha, _beta = cities
    root = PageFactory(site=alpha.site, slug_he="קהילה")
    middle = PageFactory(site=alpha.site, parent=root, slug_he="מתנדבים")
    page = PageFactory(site=alpha.site, parent=middle, slug_he="ותיקים")
    # Another site's page at the same address is no ancestor.
    PageFactory(site=cities[1].site, slug_he="קהילה")

    assert page.ancestor_list() == [root, middle]
    assert middle.ancestor_list() == [root]
    assert root.ancestor_list() == []


def test_an_ancestor_is_found_by_the_tree_not_only_by_its_address(cities):
    alpha, _beta = cities
    root = PageFactory(site=alpha.site, slug_he="קהילה")
    page = PageFactory(site=alpha.site, parent=root, slug_he="ותיקים")
    # Addresses written around the model's checks: another top page at the
    # parent's address, then the parent's own address changed.
    stray = PageFactory(site=alpha.site, slug_he="אחר")
    Page.objects.filter(pk=stray.pk).update(path_he="קהילה")

    assert page.ancestor_list() == [root]

    Page.objects.filter(pk=root.pk).update(path_he="ישן")

    assert page.ancestor_list() == [root]
