import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles.models import Article
from demo.loader import load_demo
from municipalities.models import StaffMembership
from pages.models import ImageBlock, Page
from partners.models import PartnerOrganization, spotlight_on_site
from partnerships.models import Delegation
from sites.models import MenuItem, Site

pytestmark = pytest.mark.django_db


def _counts():
    return {
        model._meta.label: model._default_manager.count()
        for app_label in (
            "community_cms",
            "partners",
            "articles",
            "library",
            "sites",
            "pages",
        )
        for model in apps.get_app_config(app_label).get_models()
    }


def test_loading_the_demo_twice_duplicates_nothing():
    load_demo()
    first = _counts()

    load_demo()

    assert _counts() == first


def test_demo_is_a_realistic_translated_site():
    load_demo()

    assert Article.objects.published().count() >= 12
    assert Article.objects.count() > Article.objects.published().count()
    assert PartnerOrganization.objects.published().count() >= 12
    assert spotlight_on_site(None, timezone.localdate()) is not None
    assert Delegation.objects.upcoming().exists()
    for article in Article.objects.all():
        assert article.title_he and article.title_ar and article.title_en
        assert article.image and article.image.alt_text_he
    staff = get_user_model().objects.get(username="admin")
    assert staff.check_password("community-demo-2026")


def test_demo_has_an_editor_and_a_publisher_in_two_municipalities():
    load_demo()

    roles = set(
        StaffMembership.objects.values_list(
            "user__username", "municipality__slug", "role"
        )
    )
    assert roles >= {
        ("rehovot-editor", "rehovot", "editor"),
        ("rehovot-publisher", "rehovot", "publisher"),
        ("modiin-editor", "modiin", "editor"),
        ("modiin-publisher", "modiin", "publisher"),
    }
    publisher = get_user_model().objects.get(username="rehovot-publisher")
    assert TOTPDevice.objects.filter(user=publisher, confirmed=True).exists()


def test_each_city_site_has_pages_built_from_the_library():
    load_demo()

    for site in Site.objects.exclude(municipality=None):
        pages = Page.objects.published().on_site(site)
        assert pages.count() >= 2, site.hostname
        used = ImageBlock.objects.filter(parent__in=pages).values_list(
            "image__municipality", flat=True
        )
        assert set(used) == {site.municipality_id}, site.hostname
    assert MenuItem.objects.filter(section__startswith="page:").exists()
