"""Links that leave the request, in the admin and in emails, open the site
the content belongs to (or the partner wrote through), not whichever host
the admin or the form happened to be open at."""

import time
from http import HTTPStatus

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import translation

from submissions.forms import form_started_token
from submissions.models import EmailNotification, ProfileSubmission
from submissions.services import submission_approve
from tests.submissions.conftest import ANSWERS

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def public_address(settings):
    settings.SITE_URL = "https://portal.example.org"


def _view_on_site(client, obj):
    content_type = ContentType.objects.get_for_model(obj)
    return client.get(reverse("admin:view_on_site", args=[content_type.pk, obj.pk]))


def test_view_on_site_opens_the_page_on_its_municipalitys_site(staff_client, cities):
    for city in cities:
        for obj in (city.article, city.department, city.partnership):
            response = _view_on_site(staff_client, obj)
            with translation.override("he"):
                path = obj.get_absolute_url()
            assert response.status_code == HTTPStatus.FOUND
            assert response["Location"] == f"https://{city.host}{path}"


def test_view_on_site_opens_shared_content_on_the_portal(staff_client, cities):
    alpha, _beta = cities

    response = _view_on_site(staff_client, alpha.partner)

    assert response["Location"].startswith("https://portal.example.org/he/partners/")


def test_view_on_site_is_for_staff_only(client, cities):
    alpha, _beta = cities

    response = _view_on_site(client, alpha.article)

    assert response.status_code == HTTPStatus.FOUND
    assert "/admin/login/" in response["Location"]


def test_preview_links_open_the_articles_own_site(staff_client, cities):
    alpha, _beta = cities

    html = staff_client.get(
        reverse("admin:articles_article_change", args=[alpha.article.pk])
    ).content.decode()

    for language in ("he", "ar", "en"):
        assert f'href="https://alpha.example.org/{language}/news/preview/' in html


def _send_profile(client, host):
    data = {
        **ANSWERS["en"],
        "kind": "ngo",
        "contact_email": "contact@bridges.example.org",
        "contact_is_public": "no",
        "consent": "on",
        "started": form_started_token(time.time() - 60),
        "fax": "",
    }
    response = client.post("/en/partners/submit/", data, HTTP_HOST=host)
    assert response.status_code == HTTPStatus.FOUND, response.context["form"].errors


def test_a_partner_who_writes_through_a_city_site_is_answered_from_it(
    client, cities, admin_user
):
    alpha, _beta = cities
    _send_profile(client, alpha.host)
    submission = ProfileSubmission.objects.get()
    assert submission.site == alpha.site

    received = EmailNotification.objects.get(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED
    )
    assert received.body.rstrip().endswith("Community alpha")

    submission.municipalities.set([alpha.municipality])
    submission_approve(submission, by=admin_user)
    decided = EmailNotification.objects.get(
        kind=EmailNotification.Kind.SUBMISSION_DECIDED
    )
    assert "https://alpha.example.org/en/partners/" in decided.body
    assert "portal.example.org" not in decided.body


def test_staff_are_sent_to_the_admin_at_its_own_address(client, cities):
    alpha, _beta = cities
    _send_profile(client, alpha.host)

    notices = EmailNotification.objects.filter(
        kind=EmailNotification.Kind.STAFF_NEW_SUBMISSION
    )
    for notice in notices:
        assert "https://portal.example.org/admin/" in notice.body


def test_an_edit_link_asked_for_on_a_city_site_opens_that_site(
    client, cities, after_commit
):
    alpha, _beta = cities
    with translation.override("en"):
        path = reverse("submissions:edit_link", kwargs={"slug": alpha.partner.slug})

    with after_commit():
        response = client.post(path, {}, HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.FOUND
    assert "https://alpha.example.org/en/partners/edit/" in mail.outbox[0].body


def test_a_partner_not_serving_a_city_has_no_edit_page_on_its_site(client, cities):
    alpha, beta = cities
    with translation.override("en"):
        path = reverse("submissions:edit_link", kwargs={"slug": beta.partner.slug})

    assert client.get(path, HTTP_HOST=alpha.host).status_code == HTTPStatus.NOT_FOUND


def test_the_form_on_a_city_site_starts_with_that_city_served(client, cities):
    alpha, _beta = cities

    on_alpha = client.get("/en/partners/submit/", HTTP_HOST=alpha.host)
    on_portal = client.get("/en/partners/submit/", HTTP_HOST="portal.example.org")

    assert on_alpha.context["form"]["municipalities"].value() == [alpha.municipality.pk]
    assert not on_portal.context["form"]["municipalities"].value()
