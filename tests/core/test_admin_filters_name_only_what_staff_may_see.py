"""The admin's list filters offer only related items in the user's scope: a
draft partnership of another municipality is not named in the sidebar."""

import pytest
from django.urls import reverse

from core.models import PublicationStatus
from municipalities.models import StaffRole
from tests.core.factories import MunicipalityFactory, staff_member
from tests.partnerships.factories import PartnershipFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "changelist",
    ["admin:articles_article_changelist", "admin:partnerships_delegation_changelist"],
)
def test_partnership_filter_lists_only_the_editors_partnerships(client, changelist):
    own_city, other_city = MunicipalityFactory(), MunicipalityFactory()
    PartnershipFactory(municipality=own_city, name_he="השותפות שלנו")
    # A filter with a single choice is not shown at all.
    PartnershipFactory(municipality=own_city, name_he="שותפות נוספת")
    PartnershipFactory(
        municipality=other_city,
        name_he="שותפות סודית בטיוטה",
        status=PublicationStatus.DRAFT,
    )
    client.force_login(staff_member(own_city, StaffRole.EDITOR))

    html = client.get(reverse(changelist)).content.decode()

    assert "השותפות שלנו" in html
    assert "שותפות סודית בטיוטה" not in html
