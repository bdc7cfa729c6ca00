"""Network administrators (the group, not only superusers) manage every
kind of public content across municipalities: each app whose content
appears on the public sites gives them all of its models' permissions."""

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group

from municipalities.tenancy import NETWORK_ADMIN_GROUP
from tests.core.factories import UserFactory

pytestmark = pytest.mark.django_db

CONTENT_APPS = [
    config
    for config in apps.get_app_configs()
    if getattr(config, "public_content", False)
]


@pytest.mark.parametrize("app", CONTENT_APPS, ids=lambda config: config.label)
def test_network_admins_may_change_every_model_of_a_content_app(app):
    network_admin = UserFactory(is_staff=True)
    network_admin.groups.add(Group.objects.get_or_create(name=NETWORK_ADMIN_GROUP)[0])
    in_admin = [model for model in app.get_models() if admin.site.is_registered(model)]

    missing = [
        model._meta.label
        for model in in_admin
        if not network_admin.has_perm(f"{app.label}.change_{model._meta.model_name}")
    ]

    assert in_admin
    assert missing == []
