"""Each image knows where it is used; an image in use cannot be deleted,
and replacing its file keeps every use."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from library.models import Image
from pages.models import Download, ImageBlock, Page
from tests.images import image_upload
from tests.library.factories import DocumentFactory, ImageFactory
from tests.pages.factories import PageFactory
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def used_image(cities):
    alpha, _beta = cities
    image = ImageFactory(municipality=alpha.municipality)
    page = PageFactory(site=alpha.site, title_he="מרכזים קהילתיים", slug_he="מרכזים")
    ImageBlock.objects.create(parent=page, region="main", ordering=10, image=image)
    return image, page


def test_an_image_says_where_it_is_used(used_image):
    image, page = used_image

    usages = image.usages()

    assert usages == [(Page._meta.verbose_name, page)]


def test_the_admin_shows_where_an_image_is_used(used_image, staff_client):
    image, _page = used_image

    html = staff_client.get(
        reverse("admin:library_image_change", args=[image.pk])
    ).content.decode()

    assert "מרכזים קהילתיים" in html


def test_an_image_in_use_cannot_be_deleted(used_image, staff_client):
    image, _page = used_image

    with pytest.raises(ProtectedError):
        image.delete()
    page = staff_client.get(reverse("admin:library_image_delete", args=[image.pk]))
    staff_client.post(
        reverse("admin:library_image_delete", args=[image.pk]), {"post": "yes"}
    )

    assert page.context["protected"]
    assert Image.objects.filter(pk=image.pk).exists()


def test_an_unused_image_can_be_deleted(staff_client, cities):
    image = ImageFactory()

    staff_client.post(
        reverse("admin:library_image_delete", args=[image.pk]), {"post": "yes"}
    )

    assert not Image.objects.filter(pk=image.pk).exists()


def test_replacing_the_file_keeps_every_use(used_image, client, cities):
    alpha, _beta = cities
    image, _page = used_image
    old_name = image.file.name

    image.file = image_upload("new.png", size=(200, 100))
    image.save()

    block = ImageBlock.objects.get()
    assert block.image_id == image.pk
    image.refresh_from_db()
    assert image.file.name != old_name
    assert (image.width, image.height) == (200, 100)
    html = client.get("/he/מרכזים/", HTTP_HOST=alpha.host).content.decode()
    assert image.file.name.rsplit("/", 1)[-1].split(".")[0] in html


def test_a_document_in_use_cannot_be_deleted(cities):
    alpha, _beta = cities
    document = DocumentFactory(municipality=alpha.municipality)
    page = PageFactory(site=alpha.site)
    Download.objects.create(parent=page, region="main", ordering=10, document=document)

    with pytest.raises(ProtectedError):
        document.delete()
    assert [owner for _kind, owner in document.usages()] == [page]


def test_a_partners_logo_is_in_use_and_kept(staff_client):
    partner = PartnerOrganizationFactory(logo=ImageFactory(municipality=None))

    assert [owner for _kind, owner in partner.logo.usages()] == [partner]
    staff_client.post(
        reverse("admin:library_image_delete", args=[partner.logo.pk]), {"post": "yes"}
    )
    assert Image.objects.filter(pk=partner.logo.pk).exists()
