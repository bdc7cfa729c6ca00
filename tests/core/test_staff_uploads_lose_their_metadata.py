"""Uploads are public as they are stored, so a photo a staff member uploads
must not carry where it was taken (GPS), the camera or the software: every
image field keeps a copy encoded again from the pixels, however the file
arrives (the admin, a command, the shell)."""

import io
from http import HTTPStatus

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from lxml import html
from PIL import Image

from core.images import CleanImageField
from library.models import Image as LibraryImage
from tests.library.factories import ImageFactory
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db


def _photo_with_gps(size=(200, 100), orientation=None):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x0131] = "Secret editor 1.0"  # software
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (31.0, 53.0, 42.0)  # latitude
    gps[3], gps[4] = "E", (34.0, 48.0, 36.0)  # longitude
    buffer = io.BytesIO()
    Image.new("RGB", size, "#0b5c7a").save(buffer, "JPEG", exif=exif)
    data = buffer.getvalue()
    assert Image.open(io.BytesIO(data)).getexif().get_ifd(0x8825)
    return data


def _assert_clean_jpeg(field_file):
    assert field_file.name.endswith(".jpg")
    with field_file.open("rb") as stored:
        data = stored.read()
    image = Image.open(io.BytesIO(data))
    assert image.format == "JPEG"
    assert dict(image.getexif()) == {}
    assert b"Exif" not in data
    assert b"PhoneMaker" not in data
    assert b"Secret editor" not in data
    return image


def _form_values(response, form_id):
    """What the browser sends back from the admin's change form."""
    form = html.fromstring(response.content.decode()).get_element_by_id(form_id)
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return data


ADMIN_IMAGE_FIELDS = [
    pytest.param(ImageFactory, "file", {}, id="library image"),
    pytest.param(SiteFactory, "favicon", {}, id="site icon"),
]


@pytest.mark.parametrize(("factory", "field", "extra"), ADMIN_IMAGE_FIELDS)
def test_a_photo_uploaded_in_the_admin_is_stored_without_its_metadata(
    staff_client, factory, field, extra
):
    obj = factory()
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    data = _form_values(staff_client.get(url), f"{opts.model_name}_form")
    data.update(extra)
    data[field] = SimpleUploadedFile("IMG_2041.jpeg", _photo_with_gps(), "image/jpeg")

    response = staff_client.post(url, data)

    assert response.status_code == HTTPStatus.FOUND, response.context[
        "adminform"
    ].form.errors
    obj.refresh_from_db()
    image = _assert_clean_jpeg(getattr(obj, field))
    assert image.size == (200, 100)
    assert "IMG_2041" not in getattr(obj, field).name


def test_a_file_that_is_not_an_image_is_refused_in_hebrew(staff_client):
    site = SiteFactory()
    url = reverse("admin:sites_site_change", args=[site.pk])
    data = _form_values(staff_client.get(url), "site_form")
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer <<>>\n%%EOF\n"
    data["favicon"] = SimpleUploadedFile("icon.jpg", pdf, "image/jpeg")

    response = staff_client.post(url, data)

    assert response.status_code == HTTPStatus.OK
    assert "הקובץ אינו תמונה מסוג PNG" in response.content.decode()
    site.refresh_from_db()
    assert not site.favicon


def test_a_photo_saved_from_code_is_cleaned_too():
    photo = ImageFactory()

    photo.file.save("photo.jpg", ContentFile(_photo_with_gps()), save=True)

    _assert_clean_jpeg(LibraryImage.objects.get(pk=photo.pk).file)


@pytest.mark.parametrize(
    ("model_factory", "field"),
    [
        (SiteFactory, "favicon"),
        (ImageFactory, "file"),
    ],
)
def test_a_photo_assigned_and_saved_is_cleaned_and_turned_upright(model_factory, field):
    obj = model_factory()
    setattr(
        obj,
        field,
        SimpleUploadedFile("side.jpg", _photo_with_gps((40, 20), orientation=6)),
    )

    obj.save()

    stored = getattr(type(obj).objects.get(pk=obj.pk), field)
    assert _assert_clean_jpeg(stored).size == (20, 40)


def test_every_image_field_cleans_its_uploads():
    image_fields = [
        field
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.ImageField)
    ]

    assert len(image_fields) >= 3
    for field in image_fields:
        assert isinstance(field, CleanImageField), field
