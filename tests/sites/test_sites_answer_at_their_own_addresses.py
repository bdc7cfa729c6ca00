"""A site answers at its own host name; its other addresses redirect there
for good; a permitted host no site claims gets the portal; a host outside
ALLOWED_HOSTS gets 400; a site's host missing from ALLOWED_HOSTS is
reported by the system checks."""

from http import HTTPStatus

import pytest
from django.core import checks

from sites.checks import check_site_hosts_allowed
from tests.sites.factories import SiteAliasFactory

pytestmark = pytest.mark.django_db


def test_another_address_of_a_site_redirects_to_its_own_for_good(client, cities):
    alpha, _beta = cities
    SiteAliasFactory(site=alpha.site, hostname="www.alpha.example.org")

    response = client.get(
        "/he/news/?topic=x&page=2", HTTP_HOST="www.alpha.example.org:8000"
    )

    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert (
        response["Location"] == "http://alpha.example.org:8000/he/news/?topic=x&page=2"
    )


def test_a_secure_request_is_redirected_to_the_secure_address(client, cities):
    alpha, _beta = cities
    SiteAliasFactory(site=alpha.site, hostname="old-alpha.example.org")

    response = client.get("/en/", HTTP_HOST="old-alpha.example.org", secure=True)

    assert response["Location"] == "https://alpha.example.org/en/"


def test_a_host_name_is_matched_whatever_its_case_and_port(client, cities):
    alpha, _beta = cities

    response = client.get("/en/", HTTP_HOST="Alpha.Example.ORG:8443")

    assert response.context["site"] == alpha.site


def test_a_permitted_host_that_no_site_claims_gets_the_portal(client, cities, portal):
    response = client.get("/en/", HTTP_HOST="unclaimed.example.org")

    assert response.status_code == HTTPStatus.OK
    assert response.context["site"] == portal


def test_a_host_outside_allowed_hosts_is_refused(client, cities, settings):
    settings.ALLOWED_HOSTS = [".example.org"]

    assert client.get("/en/", HTTP_HOST="alpha.example.org").status_code == 200
    refused = client.get("/en/", HTTP_HOST="evil.example.com")

    assert refused.status_code == HTTPStatus.BAD_REQUEST


def test_without_any_site_every_host_shows_everything_under_the_networks_name(
    client, db
):
    response = client.get("/en/", HTTP_HOST="anything.example.org")

    assert response.status_code == HTTPStatus.OK
    assert response.context["site"].pk is None
    assert '<h1 id="home-title">Community in the city</h1>' in response.content.decode()
    # Named like any site where Python asks (logs, the shell, the admin).
    assert str(response.context["site"]) == "Community in the city"


def test_a_renamed_host_answers_at_once(client, cities):
    alpha, _beta = cities
    client.get("/en/", HTTP_HOST=alpha.host)

    alpha.site.hostname = "community.alpha.example.org"
    alpha.site.save()

    moved = client.get("/en/", HTTP_HOST="community.alpha.example.org")
    assert moved.context["site"] == alpha.site
    # The old name is no one's now: the portal answers it.
    assert client.get("/en/", HTTP_HOST=alpha.host).context["site"] != alpha.site


def test_the_checks_report_a_site_host_missing_from_allowed_hosts(cities, settings):
    settings.ALLOWED_HOSTS = ["alpha.example.org", ".example.net"]

    warnings = check_site_hosts_allowed(None, databases=["default"])

    hosts = {warning.obj for warning in warnings}
    assert hosts == {"beta.example.org", "portal.example.org"}
    assert all(isinstance(warning, checks.Warning) for warning in warnings)
    assert all(warning.id == "sites.W001" for warning in warnings)


def test_the_checks_accept_hosts_covered_by_a_pattern(cities, settings):
    settings.ALLOWED_HOSTS = [".example.org"]

    assert check_site_hosts_allowed(None, databases=["default"]) == []
