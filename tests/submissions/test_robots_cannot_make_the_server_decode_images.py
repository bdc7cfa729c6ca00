"""Decoding an uploaded image is the one costly step of the partner form (a
small PNG can unpack to hundreds of megabytes). A robot's form, caught by
the honeypot, the time trap or the rate limit, is refused before any image
is opened, and every form that carries a file counts toward the sender's
limit."""

import re
import time
from http import HTTPStatus
from unittest import mock

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from submissions import forms as partner_forms
from submissions import services
from submissions.forms import form_started_token
from submissions.models import ProfileSubmission
from tests.images import image_upload
from tests.partners.factories import PartnerOrganizationFactory
from tests.submissions.conftest import png_header_only

pytestmark = pytest.mark.django_db

SUBMIT = "/he/partners/submit/"


@pytest.fixture
def image_cleaning(monkeypatch):
    """Records every call of the image cleaning, which still does its work."""
    spy = mock.Mock(wraps=partner_forms.clean_uploaded_image)
    monkeypatch.setattr(partner_forms, "clean_uploaded_image", spy)
    return spy


@pytest.mark.parametrize(
    "trap",
    [
        lambda: {"fax": "+972-8-9000000"},
        lambda: {"started": form_started_token()},
        lambda: {"started": form_started_token(time.time() - 2 * 24 * 60 * 60)},
        lambda: {"started": "not-signed"},
    ],
    ids=["honeypot", "too-fast", "too-old", "tampered"],
)
def test_a_robots_form_with_a_logo_is_refused_without_opening_it(
    client, answers, image_cleaning, trap
):
    response = client.post(SUBMIT, answers(logo=image_upload(), **trap()))

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].non_field_errors()
    assert not ProfileSubmission.objects.exists()
    image_cleaning.assert_not_called()


def test_a_logo_over_the_rate_limit_is_refused_without_opening_it(
    client, answers, image_cleaning, settings
):
    settings.PARTNER_SUBMISSION_RATE_LIMIT = 1
    assert client.post(SUBMIT, answers(logo=image_upload())).status_code == (
        HTTPStatus.FOUND
    )
    assert image_cleaning.call_count == 1

    response = client.post(SUBMIT, answers(name="ארגון שני", logo=image_upload()))

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "נא לנסות שוב מאוחר יותר" in response.content.decode()
    assert image_cleaning.call_count == 1
    assert ProfileSubmission.objects.count() == 1


def test_every_form_that_carries_a_file_counts_toward_the_limit(
    client, answers, settings
):
    settings.PARTNER_SUBMISSION_RATE_LIMIT = 2
    for trap in ({"fax": "robot"}, {"consent": None}):
        response = client.post(SUBMIT, answers(logo=image_upload(), **trap))
        assert response.status_code == HTTPStatus.OK

    response = client.post(SUBMIT, answers(logo=image_upload()))

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert not ProfileSubmission.objects.exists()


def test_a_person_sees_a_bad_logo_and_other_mistakes_at_once(
    client, answers, image_cleaning
):
    upload = SimpleUploadedFile("logo.png", b"not an image", "image/png")

    response = client.post(SUBMIT, answers(consent=None, logo=upload))

    errors = response.context["form"].errors
    assert {"logo", "consent"} <= set(errors)
    image_cleaning.assert_called_once()


def test_a_5000_by_5000_logo_is_refused_from_its_header(client, answers):
    upload = SimpleUploadedFile("logo.png", png_header_only(5000, 5000), "image/png")

    response = client.post(SUBMIT, answers(logo=upload))

    assert response.context["form"].errors.as_data()["logo"][0].code == (
        "too_many_pixels"
    )
    assert "4 מגה־פיקסל לכל היותר" in response.content.decode()


def test_a_logo_of_2000_by_2000_pixels_is_still_accepted(client, answers):
    response = client.post(SUBMIT, answers(logo=image_upload(size=(2000, 2000))))

    assert response.status_code == HTTPStatus.FOUND


@pytest.fixture
def edit_path(after_commit):
    partner = PartnerOrganizationFactory(contact_email="office@bridges.example.org")
    with after_commit():
        services.edit_link_issue(partner, language="he")
    body = mail.outbox[-1].body
    return re.search(r"http://[^/\s]+(/he/partners/edit/\S+/)", body)[1]


def test_the_edit_link_form_refuses_a_robots_logo_without_opening_it(
    client, answers, image_cleaning, edit_path
):
    response = client.post(edit_path, answers(fax="robot", logo=image_upload()))

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].non_field_errors()
    image_cleaning.assert_not_called()


def test_the_edit_link_form_counts_every_file_toward_the_limit(
    client, answers, settings, edit_path, image_cleaning
):
    settings.PARTNER_SUBMISSION_RATE_LIMIT = 1
    client.post(edit_path, answers(fax="robot", logo=image_upload()))

    response = client.post(edit_path, answers(logo=image_upload()))

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    image_cleaning.assert_not_called()
