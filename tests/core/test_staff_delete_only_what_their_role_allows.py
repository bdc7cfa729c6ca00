"""Shared labels are renamed or deleted only by network administrators, and
published content is taken down by a publisher of its municipality."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from articles.models import Article, Topic
from municipalities.models import StaffRole
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import MunicipalityFactory, staff_member
from tests.partners.factories import FieldOfActionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher_client(login_with_second_factor):
    city = MunicipalityFactory()
    client = login_with_second_factor(staff_member(city, StaffRole.PUBLISHER))
    client.city = city
    return client


def test_a_publisher_cannot_delete_a_topic_other_cities_use(publisher_client):
    topic = TopicFactory(name_he="התנדבות")
    ArticleFactory(municipality=MunicipalityFactory(), topics=[topic])

    page = publisher_client.get(reverse("admin:articles_topic_delete", args=[topic.pk]))
    publisher_client.post(
        reverse("admin:articles_topic_delete", args=[topic.pk]), {"post": "yes"}
    )

    assert page.status_code == HTTPStatus.FORBIDDEN
    assert Topic.objects.filter(pk=topic.pk).exists()


@pytest.mark.parametrize(
    ("factory", "url_name"),
    [
        (TopicFactory, "admin:articles_topic_change"),
        (FieldOfActionFactory, "admin:partners_fieldofaction_change"),
    ],
)
def test_a_publisher_cannot_rename_a_shared_label(publisher_client, factory, url_name):
    label = factory(name_he="שם מקורי")
    url = reverse(url_name, args=[label.pk])

    publisher_client.post(url, {"name_he": "שם חדש", "slug": label.slug})

    label.refresh_from_db()
    assert label.name_he == "שם מקורי"
    assert publisher_client.get(url).context["has_change_permission"] is False


def test_a_network_administrator_renames_a_shared_label(staff_client):
    topic = TopicFactory(name_he="שם מקורי")
    url = reverse("admin:articles_topic_change", args=[topic.pk])

    staff_client.post(url, {"name_he": "שם חדש", "slug": topic.slug})

    topic.refresh_from_db()
    assert topic.name_he == "שם חדש"


def test_staff_may_still_add_a_topic(client):
    client.force_login(staff_member(MunicipalityFactory(), StaffRole.EDITOR))

    response = client.post(
        reverse("admin:articles_topic_add"), {"name_he": "נושא חדש", "slug": "new"}
    )

    assert response.status_code == HTTPStatus.FOUND
    assert Topic.objects.filter(slug="new").exists()


def test_an_editor_who_publishes_elsewhere_cannot_delete_published_content(
    login_with_second_factor,
):
    city_a, city_b = MunicipalityFactory(), MunicipalityFactory()
    user = staff_member(city_a, StaffRole.PUBLISHER)
    user.memberships.create(municipality=city_b, role=StaffRole.EDITOR)
    client = login_with_second_factor(user)
    published = ArticleFactory(municipality=city_b)
    draft = ArticleFactory(municipality=city_b, status="draft")

    refused = client.get(reverse("admin:articles_article_delete", args=[published.pk]))
    client.post(
        reverse("admin:articles_article_changelist"),
        {
            "action": "delete_selected",
            "_selected_action": [published.pk, draft.pk],
            "post": "yes",
        },
    )
    client.post(
        reverse("admin:articles_article_delete", args=[draft.pk]), {"post": "yes"}
    )

    assert refused.status_code == HTTPStatus.FORBIDDEN
    assert Article.objects.filter(pk=published.pk).exists()
    assert not Article.objects.filter(pk=draft.pk).exists()
