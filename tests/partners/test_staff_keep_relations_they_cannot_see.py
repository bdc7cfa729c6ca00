"""Saving a shared partner keeps the municipalities it serves that the staff
member does not work in, and shows them without letting them be removed."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from municipalities.models import StaffRole
from tests.admin_forms import form_data
from tests.core.factories import MunicipalityFactory, staff_member
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = pytest.mark.django_db


def test_saving_a_shared_partner_keeps_other_cities(client):
    own, other = MunicipalityFactory(), MunicipalityFactory()
    partner = PartnerOrganizationFactory(summary_he="לפני")
    partner.municipalities.set([own, other])
    client.force_login(staff_member(own, StaffRole.EDITOR))
    url = reverse("admin:partners_partnerorganization_change", args=[partner.pk])
    page = client.get(url)

    response = client.post(
        url, {**form_data(page, "partnerorganization_form"), "summary_he": "אחרי"}
    )

    assert response.status_code == HTTPStatus.FOUND
    partner.refresh_from_db()
    assert partner.summary_he == "אחרי"
    assert set(partner.municipalities.all()) == {own, other}
    assert str(other) in page.content.decode()


def test_the_editor_may_still_remove_their_own_city(client):
    own, other = MunicipalityFactory(), MunicipalityFactory()
    second_own = MunicipalityFactory()
    partner = PartnerOrganizationFactory()
    partner.municipalities.set([own, second_own, other])
    user = staff_member(own, StaffRole.EDITOR)
    user.memberships.create(municipality=second_own, role=StaffRole.EDITOR)
    client.force_login(user)
    url = reverse("admin:partners_partnerorganization_change", args=[partner.pk])
    data = form_data(client.get(url), "partnerorganization_form")

    client.post(url, {**data, "municipalities": [str(own.pk)]})

    assert set(partner.municipalities.all()) == {own, other}
