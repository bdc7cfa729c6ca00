from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse

from municipalities.models import AuditEvent, StaffRole
from municipalities.services import workflow_transition
from municipalities.workflow import WorkflowStatus
from tests.admin_forms import NO_QUOTES
from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory, staff_member

pytestmark = pytest.mark.django_db


def test_admin_changes_and_deletions_are_recorded_with_the_municipality(
    staff_client, admin_user
):
    article = ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])
    staff_client.post(
        url,
        {
            "title_he": "שונה",
            "municipality": article.municipality_id,
            **NO_QUOTES,
        },
    )
    staff_client.post(
        reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
    )

    actions = list(
        AuditEvent.objects.filter(object_id=str(article.pk)).values_list(
            "action", "municipality_id", "actor"
        )
    )
    assert ("change", article.municipality_id, admin_user.pk) in actions
    assert ("delete", article.municipality_id, admin_user.pk) in actions


def test_staff_see_the_audit_log_of_their_own_municipality_only(client):
    own, other = MunicipalityFactory(), MunicipalityFactory()
    editor = staff_member(own, StaffRole.EDITOR)
    workflow_transition(
        ArticleFactory(municipality=own, status=WorkflowStatus.DRAFT),
        "submit_for_review",
        by=editor,
    )
    other_editor = staff_member(other, StaffRole.EDITOR)
    workflow_transition(
        ArticleFactory(
            municipality=other, status=WorkflowStatus.DRAFT, title_he="של אחרים"
        ),
        "submit_for_review",
        by=other_editor,
    )
    client.force_login(editor)

    response = client.get(reverse("admin:community_cms_auditevent_changelist"))

    events = list(response.context["cl"].result_list)
    assert [event.municipality_id for event in events] == [own.pk]
    assert "של אחרים" not in response.content.decode()


def test_the_audit_log_is_read_only(staff_client):
    event = AuditEvent.objects.create(action="login", actor_name="someone")

    assert (
        staff_client.get(reverse("admin:community_cms_auditevent_add")).status_code
        == 403
    )
    staff_client.post(
        reverse("admin:community_cms_auditevent_delete", args=[event.pk]),
        {"post": "yes"},
    )
    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_only_network_administrators_see_where_colleagues_log_in_from(staff_client):
    city = MunicipalityFactory()
    editor = staff_member(city, StaffRole.EDITOR)
    event = AuditEvent.objects.create(
        action=AuditEvent.Action.LOGIN,
        actor=editor,
        actor_name=editor.username,
        municipality=city,
        ip_address="203.0.113.77",
    )
    url = reverse("admin:community_cms_auditevent_change", args=[event.pk])
    colleague = Client()
    colleague.force_login(staff_member(city, StaffRole.EDITOR))

    colleague_view = colleague.get(url)
    admin_view = staff_client.get(url)

    assert colleague_view.status_code == HTTPStatus.OK
    assert "203.0.113.77" not in colleague_view.content.decode()
    assert "203.0.113.77" in admin_view.content.decode()
