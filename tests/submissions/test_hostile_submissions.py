"""The public form is the most attacked part of the site: every hostile
input gets a clear error (or is neutralised), never a server error, and
nothing of it is stored or published."""

import io
import time
from http import HTTPStatus

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from submissions.forms import FORM_STARTED_SALT, form_started_token
from submissions.models import ProfileSubmission
from tests.images import image_upload
from tests.submissions.conftest import png_header_only

pytestmark = pytest.mark.django_db

SUBMIT = "/he/partners/submit/"


def _refused(response):
    """The form came back with errors; nothing was stored."""
    assert response.status_code == HTTPStatus.OK
    assert not ProfileSubmission.objects.exists()
    return response.context["form"]


def _logo_error_code(client, answers, upload):
    form = _refused(client.post(SUBMIT, answers(logo=upload)))
    return form.errors.as_data()["logo"][0].code


# ---------------------------------------------------------------- uploads


def test_a_6_mb_file_is_refused_before_it_is_opened(client, answers):
    upload = SimpleUploadedFile(
        "logo.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (6 * 1024 * 1024), "image/png"
    )

    assert _logo_error_code(client, answers, upload) == "too_large"


def test_a_20000_by_20000_png_is_refused_before_it_is_decoded(client, answers):
    upload = SimpleUploadedFile(
        "bomb.png", png_header_only(20_000, 20_000), "image/png"
    )

    response = client.post(SUBMIT, answers(logo=upload))

    form = _refused(response)
    assert form.errors.as_data()["logo"][0].code == "too_many_pixels"
    assert "4 מגה־פיקסל לכל היותר" in response.content.decode()


def test_an_image_just_over_the_pixel_limit_is_refused(client, answers, settings):
    settings.PARTNER_LOGO_MAX_PIXELS = 100 * 100
    upload = image_upload(size=(101, 100))

    assert _logo_error_code(client, answers, upload) == "too_many_pixels"


def test_a_pdf_renamed_to_jpg_is_refused(client, answers):
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF\n"
    upload = SimpleUploadedFile("logo.jpg", pdf, "image/jpeg")

    assert _logo_error_code(client, answers, upload) == "not_an_image"


def test_an_svg_with_a_script_is_refused(client, answers):
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(document.cookie)</script></svg>"
    )
    for name, content_type in [
        ("logo.svg", "image/svg+xml"),
        ("logo.png", "image/png"),
    ]:
        upload = SimpleUploadedFile(name, svg, content_type)

        assert _logo_error_code(client, answers, upload) == "not_an_image"


def test_a_truncated_png_is_refused(client, answers):
    whole = image_upload(size=(300, 300)).read()
    upload = SimpleUploadedFile("logo.png", whole[:-30], "image/png")

    assert _logo_error_code(client, answers, upload) in {"damaged", "not_an_image"}


def test_gps_position_and_camera_details_are_removed_from_a_jpeg(client, answers):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0131] = "Secret editor 1.0"  # software
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (31.0, 53.0, 42.0)  # latitude
    gps[3], gps[4] = "E", (34.0, 48.0, 36.0)  # longitude
    upload = image_upload("photo.jpeg", image_format="JPEG", size=(200, 100), exif=exif)
    assert Image.open(io.BytesIO(upload.read())).getexif().get_ifd(0x8825)
    upload.seek(0)

    response = client.post(SUBMIT, answers(logo=upload))

    assert response.status_code == HTTPStatus.FOUND
    stored = ProfileSubmission.objects.get().logo
    assert stored.name.endswith(".jpg")
    assert "photo" not in stored.name
    with stored.open("rb") as logo:
        data = logo.read()
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert image.size == (200, 100)
    assert dict(image.getexif()) == {}
    assert "exif" not in image.info
    assert b"Exif" not in data
    assert b"PhoneMaker" not in data
    assert b"Secret editor" not in data


# ---------------------------------------------------------------- text


def test_a_10000_character_name_is_refused(client, answers):
    response = client.post(SUBMIT, answers(name="א" * 10_000))

    form = _refused(response)
    assert form.errors.as_data()["name"][0].code == "max_length"


@pytest.mark.parametrize(
    "field",
    [
        "name", "summary", "description", "members_note", "funders",
        "logo_alt", "contact_name", "contact_role", "contact_phone", "website",
    ],
)  # fmt: skip
def test_script_tags_are_refused_in_every_text_field(client, answers, field):
    hostile = '<script>alert("x")</script>'
    value = f"https://example.org/{hostile}" if field == "website" else hostile

    response = client.post(SUBMIT, answers(**{field: value}))

    form = _refused(response)
    assert field in form.errors
    if field != "website":
        assert "markup" in {error.code for error in form.errors.as_data()[field]}
    # What was typed comes back escaped, never as a live tag.
    assert "<script>alert" not in response.content.decode()


def test_script_tags_in_all_text_fields_at_once_are_all_reported(client, answers):
    hostile = "<b onmouseover=alert(1)>hi</b>"
    fields = [
        "name", "summary", "description", "members_note", "funders",
        "logo_alt", "contact_name", "contact_role",
    ]  # fmt: skip

    response = client.post(SUBMIT, answers(**dict.fromkeys(fields, hostile)))

    form = _refused(response)
    assert set(fields) <= set(form.errors)
    assert "<b onmouseover" not in response.content.decode()


def test_plain_text_with_line_breaks_and_a_less_than_sign_is_accepted(client, answers):
    description = "ילדים בגילאי 3<6 ומשפחות.\nשורה שנייה.\n\nפסקה שנייה."

    response = client.post(SUBMIT, answers(description=description))

    assert response.status_code == HTTPStatus.FOUND
    assert ProfileSubmission.objects.get().description == description


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("website", "javascript:alert(1)"),
        ("website", "not a web address"),
        ("contact_email", "not-an-email"),
        ("contact_email", "a@b.c<script>"),
        ("contact_phone", "call me maybe"),
        ("communities_count", "99999999999999999999999"),
        ("communities_count", "-3"),
        ("kind", "secret-agency"),
        ("fields_of_action", "999999"),
        ("member_organizations", "not-a-number"),
        ("contact_is_public", "maybe"),
    ],
)
def test_invalid_values_are_refused_with_an_error_on_their_field(
    client, answers, field, value
):
    form = _refused(client.post(SUBMIT, answers(**{field: value})))

    assert field in form.errors


def test_a_control_character_in_a_name_is_refused(client, answers):
    form = _refused(client.post(SUBMIT, answers(name="Bridges\x00")))

    assert "name" in form.errors


# ---------------------------------------------------------------- robots


def test_a_filled_in_honeypot_is_refused_and_the_answers_kept(client, answers):
    response = client.post(SUBMIT, answers(fax="+972-8-9000000"))

    form = _refused(response)
    assert form.non_field_errors().as_data()[0].code == "honeypot"
    assert 'value="עמותת גשר בין שכונות"' in response.content.decode()


def test_a_form_sent_faster_than_a_person_can_fill_it_is_refused(client, answers):
    response = client.post(SUBMIT, answers(started=form_started_token()))

    form = _refused(response)
    assert form.non_field_errors().as_data()[0].code == "too_fast"
    assert 'value="עמותת גשר בין שכונות"' in response.content.decode()


def test_sending_again_after_the_time_trap_counts_the_time_already_spent(
    client, answers
):
    started = form_started_token(time.time() - 1)
    response = client.post(SUBMIT, answers(started=started))
    assert response.context["form"].started_value == started

    response = client.post(
        SUBMIT, answers(started=form_started_token(time.time() - 10))
    )

    assert response.status_code == HTTPStatus.FOUND


@pytest.mark.parametrize(
    "started",
    [
        "",
        "not-signed",
        signing.dumps(time.time() - 60, salt="another-salt"),
        signing.dumps(time.time() - 60, salt=FORM_STARTED_SALT)[:-2] + "xx",
        form_started_token(time.time() - 2 * 24 * 60 * 60),
    ],
    ids=["missing", "garbage", "wrong-salt", "tampered", "too-old"],
)
def test_a_missing_tampered_or_stale_time_stamp_asks_to_send_again(
    client, answers, started
):
    response = client.post(SUBMIT, answers(started=started))

    form = _refused(response)
    assert form.non_field_errors().as_data()[0].code == "stale"
    # A fresh, valid time stamp is in the page for the next try.
    assert form.started_value != started
    assert signing.loads(form.started_value, salt=FORM_STARTED_SALT)


def test_the_time_trap_is_a_setting(client, answers, settings):
    settings.PARTNER_SUBMISSION_MIN_SECONDS = 0

    response = client.post(SUBMIT, answers(started=form_started_token()))

    assert response.status_code == HTTPStatus.FOUND


def test_too_many_submissions_from_one_address_are_refused_politely(
    client, answers, settings
):
    settings.PARTNER_SUBMISSION_RATE_LIMIT = 3
    for number in range(3):
        response = client.post(SUBMIT, answers(name=f"ארגון {number}"))
        assert response.status_code == HTTPStatus.FOUND

    response = client.post(SUBMIT, answers(name="ארגון רביעי"))

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert ProfileSubmission.objects.count() == 3
    html = response.content.decode()
    assert "נא לנסות שוב מאוחר יותר" in html
    assert 'value="ארגון רביעי"' in html
    # Another address is not held back.
    response = client.post(
        SUBMIT, answers(name="ארגון אחר"), REMOTE_ADDR="198.51.100.7"
    )
    assert response.status_code == HTTPStatus.FOUND


def test_forms_with_errors_do_not_use_up_the_rate_limit(client, answers, settings):
    settings.PARTNER_SUBMISSION_RATE_LIMIT = 1
    for _attempt in range(3):
        client.post(SUBMIT, answers(consent=None))

    response = client.post(SUBMIT, answers())

    assert response.status_code == HTTPStatus.FOUND


def test_only_get_and_post_are_answered(client):
    assert client.put(SUBMIT).status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert client.delete(SUBMIT).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_an_empty_post_is_a_form_with_errors(client):
    response = client.post(SUBMIT, {})

    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors
