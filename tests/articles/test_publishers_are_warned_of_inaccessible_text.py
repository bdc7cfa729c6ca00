"""Before a text goes to review or to the site, the admin checks it against
the accessibility rules for content: staff see each problem and where it is,
and the step waits. They fix it and go on, or go on anyway, which the audit
log keeps. Pages are checked in their text blocks."""

from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from municipalities.models import AuditEvent
from municipalities.tenancy import StaffRole
from municipalities.workflow import WorkflowStatus
from tests.admin_forms import form_data
from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory, staff_member
from tests.pages.factories import PageFactory, RichTextFactory

pytestmark = pytest.mark.django_db

VAGUE_LINK = '<p>להרשמה לערב <a href="https://example.org/r">לחצו כאן</a></p>'
CLEAR_LINK = '<p><a href="https://example.org/r">להרשמה לערב התושבים</a></p>'


@pytest.fixture
def city():
    return MunicipalityFactory()


@pytest.fixture
def publisher(city, login_with_second_factor):
    return login_with_second_factor(staff_member(city, StaffRole.PUBLISHER), Client())


def _change(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def _press(client, obj, button, url=None, **changes):
    url = url or _change(obj)
    data = form_data(client.get(url), f"{obj._meta.model_name}_form")
    data.update(changes)
    data[button] = "1"
    return client.post(url, data, follow=True)


def _messages(response):
    return [str(message) for message in response.context["messages"]]


def test_a_publisher_sees_the_problem_and_the_article_waits(city, publisher):
    article = ArticleFactory(
        municipality=city,
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
        body_he=VAGUE_LINK,
    )

    response = _press(publisher, article, "_workflow_publish")

    article.refresh_from_db()
    assert article.status == WorkflowStatus.IN_REVIEW
    warnings = _messages(response)
    assert any(
        "לחצו כאן" in warning and "(עברית)" in warning for warning in warnings
    ), warnings
    assert response.redirect_chain[-1][0].endswith("?accessibility=warned")
    assert 'name="_accessibility_accepted"' in response.content.decode()


def test_once_fixed_it_is_published_without_a_word(city, publisher):
    article = ArticleFactory(
        municipality=city,
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
        body_he=VAGUE_LINK,
    )
    _press(publisher, article, "_workflow_publish")

    response = _press(
        publisher,
        article,
        "_workflow_publish",
        url=f"{_change(article)}?accessibility=warned",
        body_he=CLEAR_LINK,
    )

    article.refresh_from_db()
    assert article.is_published
    event = AuditEvent.objects.get(
        action=AuditEvent.Action.PUBLISH, object_id=str(article.pk)
    )
    assert event.message == ""
    assert not any("לחצו" in message for message in _messages(response))


def test_publishing_anyway_is_kept_in_the_audit_log(city, publisher):
    article = ArticleFactory(
        municipality=city,
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
        body_he=VAGUE_LINK,
    )
    _press(publisher, article, "_workflow_publish")

    _press(
        publisher,
        article,
        "_workflow_publish",
        url=f"{_change(article)}?accessibility=warned",
    )

    article.refresh_from_db()
    assert article.is_published
    event = AuditEvent.objects.get(
        action=AuditEvent.Action.PUBLISH, object_id=str(article.pk)
    )
    assert "לחצו כאן" in event.message


def test_an_editor_is_warned_before_submitting(city, login_with_second_factor):
    editor = login_with_second_factor(staff_member(city, StaffRole.EDITOR), Client())
    article = ArticleFactory(
        municipality=city,
        status=WorkflowStatus.DRAFT,
        published_at=None,
        body_ar="<h2>خلفية</h2><h4>تفاصيل الزيارة</h4>",
    )

    response = _press(editor, article, "_workflow_submit_for_review")

    article.refresh_from_db()
    assert article.status == WorkflowStatus.DRAFT
    warnings = _messages(response)
    assert any("<h4>" in warning and "(ערבית)" in warning for warning in warnings), (
        warnings
    )


def test_bulk_publishing_leaves_a_text_with_problems_alone(city, publisher):
    clean = ArticleFactory(
        municipality=city, status=WorkflowStatus.IN_REVIEW, published_at=None
    )
    flawed = ArticleFactory(
        municipality=city,
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
        body_he=VAGUE_LINK,
    )

    response = publisher.post(
        reverse("admin:articles_article_changelist"),
        {"action": "workflow_publish", "_selected_action": [clean.pk, flawed.pk]},
        follow=True,
    )

    clean.refresh_from_db()
    flawed.refresh_from_db()
    assert response.status_code == HTTPStatus.OK
    assert clean.is_published
    assert flawed.status == WorkflowStatus.IN_REVIEW


def test_a_pages_text_blocks_are_checked(city):
    page = PageFactory(site__municipality=city)
    RichTextFactory(parent=page, ordering=10, text_he="<h2>שעות</h2>")
    RichTextFactory(
        parent=page, ordering=20, text_he="<table><tr><td>א</td></tr></table>"
    )

    problems = page.accessibility_problems()

    assert [(str(place), problem.rule) for place, problem in problems] == [
        ("בלוק 2, עברית", "table-headers")
    ]
