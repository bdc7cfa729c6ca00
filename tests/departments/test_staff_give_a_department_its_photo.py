"""A department's page opens with a photo from the library, chosen in the
admin from what the staff member's municipality (or the network) owns; the
photo is then in use, so it cannot be deleted, and it is what a shared link
of the page shows."""

import json
import re
from http import HTTPStatus

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from municipalities.models import StaffRole
from tests.admin_forms import form_data
from tests.core.factories import staff_member
from tests.images import image_upload
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


def _photo(municipality, **texts):
    return ImageFactory(
        municipality=municipality,
        file=image_upload("team.jpg", size=(1600, 900), image_format="JPEG"),
        **texts,
    )


@pytest.fixture
def editor(cities, login_with_second_factor):
    return login_with_second_factor(
        staff_member(cities[0].municipality, StaffRole.EDITOR)
    )


def _choose(client, department, image):
    url = reverse("admin:departments_communitydepartment_change", args=[department.pk])
    data = form_data(client.get(url), "communitydepartment_form")
    return client.post(url, {**data, "image": image.pk})


def test_an_editor_chooses_a_library_photo_for_the_department(editor, cities):
    alpha = cities[0]
    photo = _photo(
        alpha.municipality,
        alt_text_he="צוות המינהל בכניסה למרכז הקהילתי",
        credit_he="דוברות העירייה",
    )

    response = _choose(editor, alpha.department, photo)

    assert response.status_code == HTTPStatus.FOUND
    alpha.department.refresh_from_db()
    assert alpha.department.image == photo
    assert [owner for _kind, owner in photo.usages()] == [alpha.department]


def test_a_photo_of_another_municipality_cannot_be_chosen(editor, cities):
    alpha, beta = cities
    theirs = _photo(beta.municipality)

    response = _choose(editor, alpha.department, theirs)

    assert response.status_code == HTTPStatus.OK
    assert "image" in response.context["adminform"].form.errors
    alpha.department.refresh_from_db()
    assert alpha.department.image is None


def test_the_page_shows_the_photo_and_shares_it(client, cities):
    alpha = cities[0]
    photo = _photo(
        alpha.municipality,
        alt_text_he="צוות המינהל בכניסה למרכז הקהילתי",
        credit_he="דוברות העירייה",
    )
    alpha.department.image = photo
    alpha.department.save()

    html = client.get(
        alpha.department.get_absolute_url(), HTTP_HOST=alpha.host
    ).content.decode()

    assert 'alt="צוות המינהל בכניסה למרכז הקהילתי"' in html
    assert "דוברות העירייה" in html
    shared = re.search(r'<meta property="og:image" content="([^"]+)"', html)
    assert shared and "/media/" in shared.group(1)
    data = [
        json.loads(script)
        for script in re.findall(
            r'<script type="application/ld\+json">(.*?)</script>', html, re.S
        )
    ]
    department = next(
        item for item in data if item.get("name") == alpha.department.name
    )
    assert department["image"].endswith(photo.file.url)


def test_a_photo_a_department_shows_cannot_be_deleted(cities):
    alpha = cities[0]
    photo = _photo(alpha.municipality)
    alpha.department.image = photo
    alpha.department.save()

    with pytest.raises(ProtectedError):
        photo.delete()
