"""Department, partnership and partner pages have no review step, but only
publishers decide whether they are public."""

import pytest
from django.urls import reverse

from municipalities.models import StaffRole
from tests.core.factories import (
    CommunityDepartmentFactory,
    MunicipalityFactory,
    staff_member,
)
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import PartnershipFactory

pytestmark = pytest.mark.django_db


def _form_fields(client, url):
    return client.get(url).context["adminform"].form.fields


@pytest.mark.parametrize("factory", [CommunityDepartmentFactory, PartnershipFactory])
def test_editor_sees_the_status_but_cannot_change_it(client, factory):
    page = factory()
    client.force_login(staff_member(page.municipality, StaffRole.EDITOR))
    opts = page._meta

    fields = _form_fields(
        client,
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk]),
    )

    assert "name_he" in fields
    assert "status" not in fields


@pytest.mark.parametrize("factory", [CommunityDepartmentFactory, PartnershipFactory])
def test_publisher_changes_the_status(factory, login_with_second_factor):
    page = factory()
    client = login_with_second_factor(
        staff_member(page.municipality, StaffRole.PUBLISHER)
    )
    opts = page._meta

    fields = _form_fields(
        client,
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[page.pk]),
    )

    assert "status" in fields


def test_editor_cannot_publish_a_partner_it_serves(client):
    city = MunicipalityFactory()
    partner = PartnerOrganizationFactory()
    partner.municipalities.add(city)
    client.force_login(staff_member(city, StaffRole.EDITOR))

    fields = _form_fields(
        client, reverse("admin:partners_partnerorganization_change", args=[partner.pk])
    )

    assert "summary_he" in fields
    assert "status" not in fields
