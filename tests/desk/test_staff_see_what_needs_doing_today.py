"""The admin's front page is each staff member's desk: what waits for
their review, their drafts, what is scheduled, changes to live content,
partner submissions, this week's events, the alerts up now, the
translations to do and what was published lately; only their
municipalities', in a few queries whatever the number of items."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from alerts.models import Alert
from municipalities.models import AuditEvent
from municipalities.services import audit_event_record
from municipalities.tenancy import StaffRole
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory, staff_member
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db

HOME = reverse("admin:index")


@pytest.fixture
def ours():
    return MunicipalityFactory(name_he="רחובות")


@pytest.fixture
def theirs():
    return MunicipalityFactory(name_he="לוד")


@pytest.fixture
def publisher(ours, login_with_second_factor):
    user = staff_member(ours, StaffRole.PUBLISHER)
    return user, login_with_second_factor(user, Client())


def _panel(html, panel_id):
    start = html.index(f'id="{panel_id}"')
    return html[start : html.index("</section>", start)]


def test_a_publisher_sees_what_waits_for_review_in_their_city_only(
    ours, theirs, publisher
):
    _user, client = publisher
    ArticleFactory(
        municipality=ours,
        title_he="כתבה לבדיקה",
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
    )
    ArticleFactory(
        municipality=theirs,
        title_he="כתבה של לוד",
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
    )
    EventFactory(
        municipality=ours,
        title_he="אירוע לבדיקה",
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
    )

    panel = _panel(client.get(HOME).content.decode(), "desk-review")

    assert "כתבה לבדיקה" in panel and "אירוע לבדיקה" in panel
    assert "כתבה של לוד" not in panel


def test_an_editor_has_no_review_panel_but_sees_their_drafts(
    ours, login_with_second_factor
):
    user = staff_member(ours, StaffRole.EDITOR)
    client = login_with_second_factor(user, Client())
    mine = ArticleFactory(
        municipality=ours,
        title_he="הטיוטה שלי",
        status=WorkflowStatus.DRAFT,
        published_at=None,
    )
    audit_event_record(AuditEvent.Action.CREATE, actor=user, obj=mine)
    ArticleFactory(
        municipality=ours,
        title_he="טיוטה של אחר",
        status=WorkflowStatus.DRAFT,
        published_at=None,
    )

    html = client.get(HOME).content.decode()

    assert 'id="desk-review"' not in html
    drafts = _panel(html, "desk-drafts")
    assert "הטיוטה שלי" in drafts and "טיוטה של אחר" not in drafts


def test_scheduled_events_alerts_and_published_panels(ours, theirs, publisher):
    _user, client = publisher
    soon = timezone.now() + datetime.timedelta(days=2)
    ArticleFactory(municipality=ours, title_he="מתוזמנת", published_at=soon)
    ArticleFactory(municipality=ours, title_he="פורסמה היום")
    EventFactory(
        municipality=ours,
        title_he="ערב השבוע",
        starts_at=soon,
        ends_at=soon + datetime.timedelta(hours=2),
    )
    EventFactory(
        municipality=theirs,
        title_he="ערב בלוד",
        starts_at=soon,
        ends_at=soon + datetime.timedelta(hours=2),
    )
    Alert.objects.create(municipality=ours, message_he="כביש סגור")
    Alert.objects.create(municipality=theirs, message_he="הודעה של לוד")

    html = client.get(HOME).content.decode()

    assert "מתוזמנת" in _panel(html, "desk-scheduled")
    assert "/admin/articles/article/?state=scheduled" in _panel(html, "desk-scheduled")
    assert "/admin/events/event/?state=draft" in _panel(html, "desk-drafts")
    assert "פורסמה היום" in _panel(html, "desk-published")
    events = _panel(html, "desk-events")
    assert "ערב השבוע" in events and "ערב בלוד" not in events
    alerts = _panel(html, "desk-alerts")
    assert "כביש סגור" in alerts and "הודעה של לוד" not in alerts


def test_translations_to_do_are_counted_and_linked(ours, publisher):
    _user, client = publisher
    ArticleFactory(municipality=ours, title_ar="", lede_he="", body_he="", body_en="")
    ArticleFactory(municipality=ours, title_ar="", lede_he="", body_he="", body_en="")

    panel = _panel(client.get(HOME).content.decode(), "desk-translations")

    assert "?needs_translation=ar" in panel
    assert ": 2</a>" in panel


def test_the_desk_costs_the_same_few_queries_however_full_it_is(
    ours, publisher, django_assert_max_num_queries
):
    user, client = publisher

    def fill(count):
        for number in range(count):
            article = ArticleFactory(
                municipality=ours, status=WorkflowStatus.IN_REVIEW, published_at=None
            )
            audit_event_record(AuditEvent.Action.CREATE, actor=user, obj=article)
            ArticleFactory(municipality=ours)
            EventFactory(municipality=ours)
            Alert.objects.create(municipality=ours, message_he=f"הודעה {number}")

    fill(1)
    client.get(HOME)
    with django_assert_max_num_queries(60) as few:
        client.get(HOME)
    fill(10)

    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(HOME)
