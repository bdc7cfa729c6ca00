"""Staff publish events through the articles' workflow, in the admin:
editors of a municipality write them and submit them, its publishers
publish; staff elsewhere neither see nor touch them. A form with a mistake
says what is wrong in the staff's language and keeps what was typed; an
event on Shabbat or a holiday is allowed, with a warning. A delegation's
visit becomes an event without typing it again."""

import datetime
from http import HTTPStatus

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from events.models import Event
from municipalities.models import AuditEvent
from municipalities.tenancy import StaffRole
from municipalities.workflow import WorkflowStatus
from search.models import SearchDocument
from tests.admin_forms import form_data
from tests.core.factories import staff_member
from tests.events.factories import EventFactory, local
from tests.partnerships.factories import DelegationFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:events_event_add")
NO_CANCELLATIONS = {
    "cancellations-TOTAL_FORMS": "0",
    "cancellations-INITIAL_FORMS": "0",
}


def _change(event):
    return reverse("admin:events_event_change", args=[event.pk])


@pytest.fixture
def alpha_staff(cities, login_with_second_factor):
    alpha, _beta = cities
    editor = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.EDITOR), Client()
    )
    publisher = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER), Client()
    )
    return editor, publisher


def _new_event_form(client, municipality, **extra):
    data = form_data(client.get(ADD), "event_form")
    data.update(
        title_he="ערב תושבים",
        slug_he="ערב-תושבים",
        municipality=str(municipality.pk),
        starts_at_0="2027-02-03",
        starts_at_1="19:00",
        ends_at_0="2027-02-03",
        ends_at_1="21:00",
        venue_name_he="המרכז הקהילתי",
    )
    data.update(extra)
    return data


def test_an_editor_writes_an_event_and_submits_it(alpha_staff, cities, client):
    alpha, _beta = cities
    editor, _publisher = alpha_staff

    response = editor.post(
        ADD,
        _new_event_form(editor, alpha.municipality, _workflow_submit_for_review="1"),
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    event = Event.objects.get()
    assert event.status == WorkflowStatus.IN_REVIEW
    assert event.starts_at == local(2027, 2, 3, 19, 0)
    assert client.get(event.get_absolute_url(), HTTP_HOST=alpha.host).status_code == 404
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.SUBMIT, object_id=str(event.pk)
    ).exists()


def test_a_publisher_publishes_it_and_residents_find_it(alpha_staff, cities, client):
    alpha, _beta = cities
    _editor, publisher = alpha_staff
    event = EventFactory(
        municipality=alpha.municipality,
        status=WorkflowStatus.IN_REVIEW,
        published_at=None,
        title_he="יריד התנדבות",
    )

    response = publisher.post(
        _change(event),
        {
            **form_data(publisher.get(_change(event)), "event_form"),
            "_workflow_publish": "1",
        },
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    event.refresh_from_db()
    assert event.is_published
    assert client.get(event.get_absolute_url(), HTTP_HOST=alpha.host).status_code == 200
    assert SearchDocument.objects.filter(kind="event", object_id=event.pk).exists()
    found = client.get("/he/search/?q=יריד", HTTP_HOST=alpha.host).content.decode()
    assert event.get_absolute_url() in found


def test_an_editor_cannot_publish(alpha_staff, cities):
    alpha, _beta = cities
    editor, _publisher = alpha_staff
    event = EventFactory(
        municipality=alpha.municipality, status=WorkflowStatus.DRAFT, published_at=None
    )

    page = editor.get(_change(event)).content.decode()
    editor.post(
        _change(event),
        {
            **form_data(editor.get(_change(event)), "event_form"),
            "_workflow_publish": "1",
        },
    )

    assert 'name="_workflow_publish"' not in page
    event.refresh_from_db()
    assert event.status == WorkflowStatus.DRAFT


def test_staff_of_another_city_neither_see_nor_open_it(
    cities, login_with_second_factor
):
    alpha, beta = cities
    theirs = EventFactory(municipality=alpha.municipality, title_he="של אלפא")
    client = login_with_second_factor(
        staff_member(beta.municipality, StaffRole.PUBLISHER)
    )

    listing = client.get(reverse("admin:events_event_changelist")).content.decode()

    assert "של אלפא" not in listing
    assert client.get(_change(theirs)).status_code == HTTPStatus.FORBIDDEN


def test_a_preview_link_shows_a_draft(alpha_staff, cities, client):
    alpha, _beta = cities
    draft = EventFactory(
        municipality=alpha.municipality,
        status=WorkflowStatus.DRAFT,
        published_at=None,
        title_he="עוד לא",
    )

    response = client.get(draft.get_preview_url(), HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.OK
    assert "עוד לא" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_mistakes_are_explained_in_hebrew_and_nothing_typed_is_lost(
    alpha_staff, cities
):
    alpha, _beta = cities
    editor, _publisher = alpha_staff

    response = editor.post(
        ADD,
        _new_event_form(
            editor,
            alpha.municipality,
            ends_at_1="18:00",
            repeats="weekly",
            is_free="",
            summary_he="סיכום שהוקלד בעמל",
        ),
    )

    assert response.status_code == HTTPStatus.OK
    errors = response.context["adminform"].form.errors
    assert set(errors) >= {"ends_at", "repeat_until", "price_he"}
    html = response.content.decode()
    assert "הסיום חייב לבוא אחרי ההתחלה" in html
    assert "סיכום שהוקלד בעמל" in html
    assert not Event.objects.exists()


def test_an_event_on_shabbat_is_allowed_with_a_warning(alpha_staff, cities):
    alpha, _beta = cities
    editor, _publisher = alpha_staff

    response = editor.post(
        ADD,
        _new_event_form(
            editor,
            alpha.municipality,
            starts_at_0="2027-02-06",  # a Saturday
            ends_at_0="2027-02-06",
        ),
        follow=True,
    )

    assert Event.objects.exists()
    warnings = [str(message) for message in response.context["messages"]]
    assert any("שבת" in message for message in warnings), warnings


def test_an_event_on_a_holiday_is_allowed_with_a_warning():
    # Yom Kippur 5788 falls on Monday 11 October 2027.
    event = EventFactory(
        starts_at=local(2027, 10, 11, 10, 0), ends_at=local(2027, 10, 11, 12, 0)
    )
    eve = EventFactory(
        starts_at=local(2027, 10, 10, 19, 0), ends_at=local(2027, 10, 10, 21, 0)
    )
    weekday = EventFactory(
        starts_at=local(2027, 10, 5, 10, 0), ends_at=local(2027, 10, 5, 12, 0)
    )

    with translation.override("en"):
        assert [name for _occurrence, name in event.days_of_rest()] == ["Yom Kippur"]
        assert [name for _occurrence, name in eve.days_of_rest()] == ["Yom Kippur"]
    assert weekday.days_of_rest() == []


def test_a_delegation_visit_becomes_an_event_without_typing_it_twice(
    alpha_staff, cities
):
    alpha, _beta = cities
    _editor, publisher = alpha_staff
    visit = DelegationFactory(
        partnership=alpha.partnership,
        title_he="משלחת עסקים ממיניאפוליס",
        starts_on=datetime.date(2027, 3, 7),
        ends_on=datetime.date(2027, 3, 9),
    )
    data = _new_event_form(
        publisher, alpha.municipality, delegation=str(visit.pk), title_he="", slug_he=""
    )
    for name in ("starts_at_0", "starts_at_1", "ends_at_0", "ends_at_1"):
        data[name] = ""

    response = publisher.post(ADD, data)

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    event = Event.objects.get()
    assert event.title_he == "משלחת עסקים ממיניאפוליס"
    assert event.all_day
    (occurrence,) = event.occurrences()
    assert (occurrence.start_date, occurrence.end_date) == (
        datetime.date(2027, 3, 7),
        datetime.date(2027, 3, 9),
    )
    assert event.partnership == alpha.partnership
