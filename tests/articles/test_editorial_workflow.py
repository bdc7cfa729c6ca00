"""Editors write and submit; publishers publish, schedule and archive; the
public site follows the state and the clock."""

import datetime
from http import HTTPStatus

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from articles.models import Article
from municipalities.models import AuditEvent, StaffRole
from municipalities.services import workflow_transition
from municipalities.workflow import WorkflowStatus
from tests.admin_forms import NO_QUOTES
from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory, staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def city():
    return MunicipalityFactory()


@pytest.fixture
def editor(city):
    return staff_member(city, StaffRole.EDITOR)


@pytest.fixture
def publisher(city):
    return staff_member(city, StaffRole.PUBLISHER)


def test_editor_submits_a_draft_for_review(city, editor):
    article = ArticleFactory(municipality=city, status=WorkflowStatus.DRAFT)

    article = workflow_transition(article, "submit_for_review", by=editor)

    assert article.status == WorkflowStatus.IN_REVIEW
    assert not Article.objects.published().exists()
    assert AuditEvent.objects.filter(action="submit", actor=editor).exists()


@pytest.mark.parametrize("step", ["publish", "archive", "unpublish"])
def test_editor_cannot_publish_archive_or_unpublish(city, editor, step):
    article = ArticleFactory(municipality=city, status=WorkflowStatus.IN_REVIEW)

    with pytest.raises(PermissionDenied):
        workflow_transition(article, step, by=editor)

    article.refresh_from_db()
    assert article.status == WorkflowStatus.IN_REVIEW


def test_publisher_publishes_a_reviewed_article(city, publisher, client):
    article = ArticleFactory(
        municipality=city, status=WorkflowStatus.IN_REVIEW, published_at=None
    )

    workflow_transition(article, "publish", by=publisher)

    article.refresh_from_db()
    assert article.is_published
    assert client.get(article.get_absolute_url()).status_code == HTTPStatus.OK


def test_a_publisher_of_another_city_cannot_publish_here(city):
    other_publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)
    article = ArticleFactory(municipality=city, status=WorkflowStatus.IN_REVIEW)

    with pytest.raises(PermissionDenied):
        workflow_transition(article, "publish", by=other_publisher)


def test_scheduled_article_appears_at_its_time_without_any_job(city, publisher, client):
    publish_at = timezone.now() + datetime.timedelta(days=2)
    article = ArticleFactory(
        municipality=city, status=WorkflowStatus.IN_REVIEW, published_at=publish_at
    )
    article = workflow_transition(article, "publish", by=publisher)
    url = article.get_absolute_url()

    assert article.is_scheduled
    with override("en"):
        assert str(article.get_workflow_state_display()) == "Scheduled"
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    assert AuditEvent.objects.filter(action="schedule").exists()

    with time_machine.travel(publish_at + datetime.timedelta(minutes=1)):
        assert client.get(url).status_code == HTTPStatus.OK
        assert article in Article.objects.published()


def test_archiving_takes_an_article_off_the_site(city, publisher, client):
    article = ArticleFactory(municipality=city, title_he="כתבה לארכיון")

    workflow_transition(article, "archive", by=publisher)

    assert client.get(article.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    assert "כתבה לארכיון" not in client.get("/he/news/").content.decode()


def test_admin_offers_each_role_only_its_own_buttons(
    city, editor, publisher, login_with_second_factor, client
):
    article = ArticleFactory(municipality=city, status=WorkflowStatus.IN_REVIEW)
    change_url = reverse("admin:articles_article_change", args=[article.pk])

    client.force_login(editor)
    editor_page = client.get(change_url).content.decode()
    assert 'name="_workflow_withdraw"' in editor_page
    assert 'name="_workflow_publish"' not in editor_page
    assert (
        "workflow_publish"
        not in client.get(reverse("admin:articles_article_changelist")).content.decode()
    )

    login_with_second_factor(publisher)
    publisher_page = client.get(change_url).content.decode()
    assert 'name="_workflow_publish"' in publisher_page


def test_an_editor_pressing_publish_by_hand_is_refused(city, editor, client):
    article = ArticleFactory(municipality=city, status=WorkflowStatus.IN_REVIEW)
    client.force_login(editor)

    client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        {
            "title_he": article.title_he,
            "municipality": city.pk,
            **NO_QUOTES,
            "_workflow_publish": "1",
        },
    )

    article.refresh_from_db()
    assert article.status == WorkflowStatus.IN_REVIEW


def test_publisher_filters_the_admin_list_by_workflow_state(
    city, publisher, login_with_second_factor
):
    ArticleFactory(
        municipality=city,
        title_he="מתוזמנת",
        published_at=timezone.now() + datetime.timedelta(days=3),
    )
    ArticleFactory(
        municipality=city, title_he="בבדיקה", status=WorkflowStatus.IN_REVIEW
    )
    client = login_with_second_factor(publisher)

    response = client.get(
        reverse("admin:articles_article_changelist") + "?state=scheduled"
    )

    titles = [article.title_he for article in response.context["cl"].result_list]
    assert titles == ["מתוזמנת"]


def test_groups_created_by_migration_separate_writing_from_publishing():
    editor = Group.objects.get(name="editor")
    publisher = Group.objects.get(name="publisher")

    assert editor.permissions.filter(codename="change_article").exists()
    assert not editor.permissions.filter(codename="publish_article").exists()
    assert publisher.permissions.filter(codename="publish_article").exists()
    assert publisher.permissions.filter(codename="delete_article").exists()
