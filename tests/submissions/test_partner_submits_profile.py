"""A partner organization sends its profile through the public form, in
Hebrew, Arabic or English; it waits for staff and is not published."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.utils import translation
from django.utils.html import escape

from core.models import PublicationStatus
from partners.models import PartnerOrganization
from submissions.forms import consent_text
from submissions.models import ProfileSubmission, SubmissionStatus
from tests.core.factories import MunicipalityFactory
from tests.images import image_upload
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


def test_the_directory_invites_organizations_to_send_their_profile(client):
    html = client.get("/he/partners/").content.decode()

    assert 'href="/he/partners/submit/"' in html


@pytest.mark.parametrize(
    ("language", "direction"), [("he", "rtl"), ("ar", "rtl"), ("en", "ltr")]
)
def test_the_form_opens_in_each_language(client, language, direction):
    response = client.get(f"/{language}/partners/submit/")

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert 'enctype="multipart/form-data"' in html
    # The privacy notice is on the form, in the visitor's language.
    with translation.override(language):
        assert escape(consent_text()) in html
    assert 'name="consent"' in html
    # The spam trap is hidden from people and from screen readers.
    assert 'class="form-trap" aria-hidden="true"' in html
    assert 'tabindex="-1"' in html


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_a_valid_profile_in_each_language_waits_for_staff_and_is_not_published(
    client, answers, language
):
    data = answers(language)

    response = client.post(f"/{language}/partners/submit/", data)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == f"/{language}/partners/submit/thanks/"
    thanks = client.get(response["Location"])
    assert thanks.status_code == HTTPStatus.OK
    submission = ProfileSubmission.objects.get()
    assert submission.status == SubmissionStatus.PENDING
    assert submission.language == language
    assert submission.name == data["name"]
    assert submission.description == data["description"]
    assert submission.partner is None
    assert not PartnerOrganization.objects.exists()
    for page in ("/he/partners/", "/ar/partners/", "/en/partners/"):
        assert data["name"] not in client.get(page).content.decode()


def test_the_submission_keeps_the_consent_and_only_a_hash_of_the_address(
    client, answers
):
    client.post("/he/partners/submit/", answers(), REMOTE_ADDR="203.0.113.9")

    submission = ProfileSubmission.objects.get()
    with translation.override("he"):
        assert submission.consent_text == consent_text()
    assert submission.consented_at is not None
    assert len(submission.submitter_ip_hash) == 64
    assert "203.0.113.9" not in str(ProfileSubmission.objects.values().get())


def test_every_public_field_is_stored_as_typed(client, answers):
    field = FieldOfActionFactory()
    population = PopulationFactory()
    region = RegionFactory()
    city = MunicipalityFactory()
    member = PartnerOrganizationFactory()
    data = answers(
        fields_of_action=[field.pk],
        populations=[population.pk],
        regions=[region.pk],
        municipalities=[city.pk],
        member_organizations=[member.pk],
        members_note="ועד שכונת הדר\nמרכז צעירים",
        communities_count="12",
        funders="קרן א\nקרן ב",
        logo=image_upload(),
        logo_alt="גשר כחול",
        contact_is_public="yes",
    )

    response = client.post("/he/partners/submit/", data)

    assert response.status_code == HTTPStatus.FOUND
    submission = ProfileSubmission.objects.get()
    assert list(submission.fields_of_action.all()) == [field]
    assert list(submission.populations.all()) == [population]
    assert list(submission.regions.all()) == [region]
    assert list(submission.municipalities.all()) == [city]
    assert list(submission.member_organizations.all()) == [member]
    assert submission.communities_count == 12
    assert submission.funders == "קרן א\nקרן ב"
    assert submission.contact_is_public is True
    assert submission.logo.name.startswith("partner-submissions/")
    assert submission.logo.name.endswith(".png")


def test_only_published_partners_are_offered_as_members(client):
    PartnerOrganizationFactory(name_he="ארגון טיוטה", status=PublicationStatus.DRAFT)
    PartnerOrganizationFactory(name_he="ארגון מפורסם")

    html = client.get("/he/partners/submit/").content.decode()

    assert "ארגון מפורסם" in html
    assert "ארגון טיוטה" not in html


def test_missing_answers_are_reported_next_to_each_field(client, answers):
    data = answers(
        name="", kind=None, description="", contact_name="", contact_role="",
        contact_email="", contact_is_public=None, consent=None,
    )  # fmt: skip

    response = client.post("/he/partners/submit/", data)

    assert response.status_code == HTTPStatus.OK
    assert set(response.context["form"].errors) == {
        "name", "kind", "description", "contact_name", "contact_role",
        "contact_email", "contact_is_public", "consent",
    }  # fmt: skip
    html = response.content.decode()
    # The summary at the top links to each field...
    assert 'class="error-summary"' in html
    assert 'href="#id_name"' in html
    assert 'href="#id_kind_0"' in html
    # ... and each field says what is wrong, tied to the input.
    assert 'aria-invalid="true"' in html
    assert 'id="id_name_error"' in html
    assert 'aria-describedby="id_name_helptext id_name_error"' in html
    assert not ProfileSubmission.objects.exists()
    assert mail.outbox == []


def test_what_was_typed_is_kept_after_an_error_and_the_logo_is_asked_for_again(
    client, answers
):
    data = answers(consent=None, logo=image_upload())

    response = client.post("/he/partners/submit/", data)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert 'value="עמותת גשר בין שכונות"' in html
    assert "אנחנו מלווים ועדי שכונות." in html
    assert 'value="contact@bridges.example.org"' in html
    assert "נא לבחור את הקובץ שוב" in html
    assert not ProfileSubmission.objects.exists()


def test_a_partner_whose_slug_is_submit_does_not_hide_the_form(client):
    PartnerOrganizationFactory(slug="submit")

    response = client.get("/he/partners/submit/")

    assert "form" in response.context
    assert response.templates[0].name == "submissions/submission_form.html"


def test_the_form_is_not_cached(client):
    response = client.get("/he/partners/submit/")

    assert "no-store" in response["Cache-Control"]
