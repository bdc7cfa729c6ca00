"""Whether someone may publish is decided by their role in the municipality
an item is saved to, not by a role they hold somewhere else."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from core.models import PublicationStatus
from departments.models import CommunityDepartment
from municipalities.models import StaffRole
from tests.admin_forms import form_data
from tests.core.factories import (
    CommunityDepartmentFactory,
    staff_member,
)
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher_in_a_editor_in_b(cities, login_with_second_factor):
    user = staff_member(cities[0], StaffRole.PUBLISHER)
    user.memberships.create(municipality=cities[1], role=StaffRole.EDITOR)
    return login_with_second_factor(user)


def _new_department(**fields):
    return {
        "name_he": "אגף חדש",
        "slug": "new-department",
        "status": PublicationStatus.PUBLISHED,
        **fields,
    }


def test_a_publisher_elsewhere_cannot_add_a_published_page_where_they_edit(
    publisher_in_a_editor_in_b, cities
):
    response = publisher_in_a_editor_in_b.post(
        reverse("admin:departments_communitydepartment_add"),
        _new_department(municipality=cities[1].pk),
    )

    assert response.status_code == HTTPStatus.OK
    # "Only a publisher of the municipality…", in Hebrew as staff see it.
    assert "רק מפרסם" in str(response.context["adminform"].form.non_field_errors())
    assert not CommunityDepartment.objects.exists()


def test_the_same_user_publishes_where_they_are_publisher(
    publisher_in_a_editor_in_b, cities
):
    response = publisher_in_a_editor_in_b.post(
        reverse("admin:departments_communitydepartment_add"),
        _new_department(municipality=cities[0].pk),
    )

    assert response.status_code == HTTPStatus.FOUND
    assert CommunityDepartment.objects.get().status == PublicationStatus.PUBLISHED


def test_moving_a_draft_to_another_city_while_publishing_it_is_refused(
    publisher_in_a_editor_in_b, cities
):
    draft = CommunityDepartmentFactory(
        municipality=cities[0], status=PublicationStatus.DRAFT
    )
    url = reverse("admin:departments_communitydepartment_change", args=[draft.pk])
    data = form_data(publisher_in_a_editor_in_b.get(url), "communitydepartment_form")

    response = publisher_in_a_editor_in_b.post(
        url,
        {**data, "municipality": cities[1].pk, "status": PublicationStatus.PUBLISHED},
    )

    assert response.status_code == HTTPStatus.OK
    draft.refresh_from_db()
    assert (draft.municipality, draft.status) == (cities[0], PublicationStatus.DRAFT)


def test_moving_a_published_page_to_a_city_where_they_only_edit_is_refused(
    publisher_in_a_editor_in_b, cities
):
    page = CommunityDepartmentFactory(municipality=cities[0])
    url = reverse("admin:departments_communitydepartment_change", args=[page.pk])
    data = form_data(publisher_in_a_editor_in_b.get(url), "communitydepartment_form")

    response = publisher_in_a_editor_in_b.post(
        url, {**data, "municipality": cities[1].pk}
    )

    assert response.status_code == HTTPStatus.OK
    page.refresh_from_db()
    assert page.municipality == cities[0]


def test_an_editor_cannot_put_a_partner_in_the_spotlight(client, cities):
    partner = PartnerOrganizationFactory()
    partner.municipalities.add(cities[0])
    client.force_login(staff_member(cities[0], StaffRole.EDITOR))
    url = reverse("admin:partners_partnerorganization_change", args=[partner.pk])
    page = client.get(url)
    data = form_data(page, "partnerorganization_form")

    client.post(url, {**data, "is_spotlight": "on", "spotlight_date": "2026-12-01"})

    fields = page.context["adminform"].form.fields
    assert "is_spotlight" not in fields
    assert "spotlight_date" not in fields
    partner.refresh_from_db()
    assert not partner.is_spotlight
