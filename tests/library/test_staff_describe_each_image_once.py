"""Each photo is uploaded once, described in three languages, and used by
the staff of its municipality (or by everyone, when it is the network's);
staff neither see another municipality's images nor change shared ones."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from library.models import Image, validate_alt_text
from municipalities.tenancy import StaffRole
from tests.core.factories import MunicipalityFactory, staff_member
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    ["IMG_2041.jpg", "DSC 0042", "image", "תמונה", "صورة", "Photo", "logo.png", "לוגו"],
)
def test_a_file_name_or_a_generic_word_is_not_alt_text(text):
    with pytest.raises(ValidationError):
        validate_alt_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "מתנדבים אורזים חבילות מזון במרכז הקהילתי",
        "متطوعون في المركز الجماهيري",
        "The mayor greets the Minneapolis delegation",
    ],
)
def test_a_description_is_alt_text(text):
    validate_alt_text(text)


def test_every_language_needs_its_alt_text():
    image = ImageFactory.build(alt_text_ar="", alt_text_en="")

    with pytest.raises(ValidationError) as refused:
        image.full_clean()

    assert set(refused.value.message_dict) >= {"alt_text_ar", "alt_text_en"}


@pytest.fixture
def two_cities():
    return MunicipalityFactory(slug="alpha"), MunicipalityFactory(slug="beta")


def test_staff_see_their_citys_images_and_the_shared_ones(
    two_cities, login_with_second_factor
):
    alpha, beta = two_cities
    ours = ImageFactory(municipality=alpha)
    shared = ImageFactory(municipality=None)
    theirs = ImageFactory(municipality=beta)
    client = login_with_second_factor(staff_member(alpha, StaffRole.PUBLISHER))

    listed = client.get(reverse("admin:library_image_changelist"))
    chooser = client.get(
        reverse("admin:library_image_changelist"), {"_popup": "1", "_to_field": "id"}
    )

    for response in (listed, chooser):
        assert set(response.context["cl"].result_list) == {ours, shared}
    html = chooser.content.decode()
    assert html.count('class="admin-thumbnail"') == 2
    opened = client.get(reverse("admin:library_image_change", args=[theirs.pk]))
    assert opened.status_code == HTTPStatus.FORBIDDEN


def test_the_chooser_searches_the_descriptions(two_cities, login_with_second_factor):
    alpha, _beta = two_cities
    wanted = ImageFactory(municipality=alpha, alt_text_he="ראש העיר ליד המשלחת")
    ImageFactory(municipality=alpha, alt_text_he="ילדים בגן שעשועים")
    client = login_with_second_factor(staff_member(alpha, StaffRole.EDITOR))

    found = client.get(
        reverse("admin:library_image_changelist"), {"_popup": "1", "q": "המשלחת"}
    )

    assert list(found.context["cl"].result_list) == [wanted]


def test_staff_use_but_do_not_change_shared_images(
    two_cities, login_with_second_factor
):
    alpha, _beta = two_cities
    shared = ImageFactory(municipality=None)
    client = login_with_second_factor(staff_member(alpha, StaffRole.PUBLISHER))

    page = client.get(reverse("admin:library_image_change", args=[shared.pk]))
    client.post(
        reverse("admin:library_image_change", args=[shared.pk]),
        {"alt_text_he": "שונה", "alt_text_ar": "x", "alt_text_en": "x"},
    )

    assert page.status_code == HTTPStatus.OK
    assert 'name="alt_text_he"' not in page.content.decode()  # read only
    shared.refresh_from_db()
    assert shared.alt_text_he != "שונה"


def test_an_upload_is_recorded_with_its_uploader(two_cities, login_with_second_factor):
    from tests.images import image_upload

    alpha, _beta = two_cities
    editor = staff_member(alpha, StaffRole.EDITOR)
    client = login_with_second_factor(editor)

    response = client.post(
        reverse("admin:library_image_add"),
        {
            "file": image_upload("IMG_0001.png"),
            "alt_text_he": "מתנדבים במרכז הקהילתי",
            "alt_text_ar": "متطوعون في المركز الجماهيري",
            "alt_text_en": "Volunteers at the community centre",
            "focal_x": "30",
            "focal_y": "40",
            "municipality": str(alpha.pk),
        },
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    image = Image.objects.get()
    assert image.uploaded_by == editor
    assert image.municipality == alpha
    # The uploader's file name is not kept.
    assert "IMG_0001" not in image.file.name
    assert image.object_position == "30% 40%"


def test_a_bad_upload_keeps_what_was_typed(two_cities, login_with_second_factor):
    from django.core.files.uploadedfile import SimpleUploadedFile

    alpha, _beta = two_cities
    client = login_with_second_factor(staff_member(alpha, StaffRole.EDITOR))

    response = client.post(
        reverse("admin:library_image_add"),
        {
            "file": SimpleUploadedFile("x.png", b"not an image", "image/png"),
            "alt_text_he": "מתנדבים במרכז הקהילתי",
            "alt_text_ar": "IMG_22.jpg",
            "alt_text_en": "Volunteers",
            "focal_x": "50",
            "focal_y": "50",
        },
    )

    assert response.status_code == HTTPStatus.OK
    form = response.context["adminform"].form
    assert {"file", "alt_text_ar"} <= set(form.errors)
    assert 'value="מתנדבים במרכז הקהילתי"' in response.content.decode()
    assert not Image.objects.exists()
