"""What a staff member may see is one queryset method per model,
``visible_to(user)``, and the admin's lists, choices and filters use it."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from articles.models import Article
from departments.models import CommunityDepartment
from municipalities.models import Municipality, StaffRole
from partnerships.models import Delegation, Partnership
from tests.articles.factories import ArticleFactory
from tests.core.factories import (
    CommunityDepartmentFactory,
    UserFactory,
    staff_member,
)
from tests.partnerships.factories import DelegationFactory, PartnershipFactory

pytestmark = pytest.mark.django_db

MAKERS = {
    Article: lambda city: ArticleFactory(municipality=city),
    CommunityDepartment: lambda city: CommunityDepartmentFactory(municipality=city),
    Partnership: lambda city: PartnershipFactory(municipality=city),
    Delegation: lambda city: DelegationFactory(
        partnership=PartnershipFactory(municipality=city)
    ),
    Municipality: lambda city: city,
}


@pytest.mark.parametrize("model", list(MAKERS), ids=lambda m: m.__name__)
def test_a_staff_member_sees_their_municipality_only(cities, model):
    own, other = (MAKERS[model](city) for city in cities)
    editor = staff_member(cities[0], StaffRole.EDITOR)

    assert list(model.objects.visible_to(editor)) == [own]
    assert other in model.objects.visible_to(UserFactory(is_superuser=True))


@pytest.mark.parametrize("model", list(MAKERS), ids=lambda m: m.__name__)
def test_the_admin_lists_what_the_rule_allows(cities, model):
    for city in cities:
        MAKERS[model](city)
    request = RequestFactory().get("/admin/")
    request.user = staff_member(cities[0], StaffRole.EDITOR)

    listed = admin.site.get_model_admin(model).get_queryset(request)

    assert set(listed) == set(model.objects.visible_to(request.user))
