"""Pages are stored per host, and a municipality's site depends only on
its own content and the network's: a save in one municipality leaves every
stored page of another municipality's site stored, and clears its own."""

import pytest

from tests.articles.factories import ArticleFactory
from tests.partners.factories import PartnerOrganizationFactory
from tests.sites.conftest import PORTAL

pytestmark = [pytest.mark.django_db, pytest.mark.pages_go_stale_on_commit]

PAGES = ["/he/", "/he/news/", "/he/departments/", "/he/partners/", "/he/search/?q=כתבה"]


def _stored(client, host, path, django_assert_num_queries):
    """Whether the page comes from the page cache (no SQL at all)."""
    try:
        with django_assert_num_queries(0):
            client.get(path, HTTP_HOST=host)
    except pytest.fail.Exception:
        return False
    return True


def _visit_all(client, hosts):
    for host in hosts:
        for path in PAGES:
            client.get(path, HTTP_HOST=host)


def test_a_save_in_one_city_leaves_the_other_citys_site_stored(
    client, cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    alpha, beta = cities
    _visit_all(client, [alpha.host, beta.host, PORTAL])

    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(municipality=alpha.municipality, title_he="ידיעה חדשה באלפא")

    for path in PAGES:
        assert _stored(client, beta.host, path, django_assert_num_queries), path
    for host in (alpha.host, PORTAL):
        assert not _stored(client, host, "/he/", django_assert_num_queries), host
        for path in ("/he/", "/he/news/"):
            html = client.get(path, HTTP_HOST=host).content.decode()
            assert "ידיעה חדשה באלפא" in html, (host, path)


def test_the_same_address_is_stored_once_per_site(client, cities):
    alpha, beta = cities

    first = client.get("/he/news/", HTTP_HOST=alpha.host).content.decode()
    second = client.get("/he/news/", HTTP_HOST=beta.host).content.decode()

    assert "alpha" in first and "beta" not in first
    assert "beta" in second and "alpha" not in second


def test_network_content_clears_every_site(
    client, cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    alpha, beta = cities
    _visit_all(client, [alpha.host, beta.host])

    with django_capture_on_commit_callbacks(execute=True):
        partner = PartnerOrganizationFactory(name_he="ארגון חדש לשתיהן")
        partner.municipalities.set([alpha.municipality, beta.municipality])

    for city in cities:
        html = client.get("/he/partners/", HTTP_HOST=city.host).content.decode()
        assert "ארגון חדש לשתיהן" in html


def test_a_change_to_a_sites_branding_redraws_its_pages_only(
    client, cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    alpha, beta = cities
    _visit_all(client, [alpha.host, beta.host])

    with django_capture_on_commit_callbacks(execute=True):
        alpha.site.name_he = "קהילה אלפא בשם חדש"
        alpha.site.save()

    assert (
        "קהילה אלפא בשם חדש"
        in client.get("/he/news/", HTTP_HOST=alpha.host).content.decode()
    )
    assert _stored(client, beta.host, "/he/news/", django_assert_num_queries)
