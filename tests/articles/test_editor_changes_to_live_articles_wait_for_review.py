"""An editor's change to a published article waits for a publisher: it is
kept beside the published version, which residents go on reading, until a
publisher compares the two and publishes or rejects the change."""

from http import HTTPStatus

import pytest
import reversion
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from municipalities.models import AuditEvent, PendingChange, StaffRole
from municipalities.services import pending_change_publish
from municipalities.workflow import WorkflowStatus
from tests.admin_forms import form_data
from tests.articles.factories import ArticleFactory, QuoteFactory
from tests.core.factories import MunicipalityFactory, staff_member
from tests.inline_code import inline_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def city():
    return MunicipalityFactory()


@pytest.fixture
def editor_client(city):
    client = Client()
    client.force_login(staff_member(city, StaffRole.EDITOR))
    return client


@pytest.fixture
def publisher_client(city, login_with_second_factor):
    return login_with_second_factor(staff_member(city, StaffRole.PUBLISHER), Client())


def _edit(client, article, **changes):
    url = reverse("admin:articles_article_change", args=[article.pk])
    return client.post(url, {**form_data(client.get(url), "article_form"), **changes})


def _review_url(change):
    return reverse("admin:community_cms_pendingchange_change", args=[change.pk])


def test_an_editors_change_to_a_live_article_waits_and_residents_see_the_old_one(
    editor_client, client, city
):
    article = ArticleFactory(municipality=city, title_he="הכותרת שפורסמה")

    response = _edit(editor_client, article, title_he="כותרת שהעורכת הציעה")

    assert response.status_code == HTTPStatus.FOUND
    article.refresh_from_db()
    assert article.title_he == "הכותרת שפורסמה"
    public = client.get(article.get_absolute_url()).content.decode()
    assert "הכותרת שפורסמה" in public
    assert "כותרת שהעורכת הציעה" not in public
    change = PendingChange.objects.get()
    assert change.is_pending
    assert change.object_id == str(article.pk)
    assert change.municipality == city
    assert AuditEvent.objects.filter(action=AuditEvent.Action.PROPOSE).exists()
    change_form = reverse("admin:articles_article_change", args=[article.pk])
    notice = editor_client.get(change_form).content.decode()
    assert reverse("admin:community_cms_pendingchange_changelist") in notice


def test_a_publisher_compares_and_publishes_the_change(
    editor_client, publisher_client, city
):
    article = ArticleFactory(municipality=city, title_he="הכותרת שפורסמה")
    quote = QuoteFactory(article=article, text_he="ציטוט ישן")
    data = form_data(
        editor_client.get(reverse("admin:articles_article_change", args=[article.pk])),
        "article_form",
    )
    editor_client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        {**data, "title_he": "כותרת חדשה", "quotes-0-text_he": "ציטוט חדש"},
    )
    change = PendingChange.objects.get()

    review = publisher_client.get(_review_url(change))
    html = review.content.decode()
    published = publisher_client.post(_review_url(change), {"decision": "publish"})

    assert review.status_code == HTTPStatus.OK
    assert "הכותרת שפורסמה" in html
    assert "כותרת חדשה" in html
    # The comparison keeps to the content security policy.
    assert inline_code(review) == []
    assert published.status_code == HTTPStatus.FOUND
    article.refresh_from_db()
    assert article.title_he == "כותרת חדשה"
    assert article.status == WorkflowStatus.PUBLISHED
    quote.refresh_from_db()
    assert quote.text_he == "ציטוט חדש"
    change.refresh_from_db()
    assert change.status == PendingChange.Status.PUBLISHED
    assert change.decided_by is not None
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.PUBLISH, object_id=str(article.pk)
    ).exists()


def test_publishing_keeps_the_status_a_publisher_set_meanwhile(editor_client, city):
    article = ArticleFactory(municipality=city)
    _edit(editor_client, article, title_he="הצעה")
    change = PendingChange.objects.get()
    article.status = WorkflowStatus.ARCHIVED
    with reversion.create_revision():
        article.save()

    pending_change_publish(change, by=staff_member(city, StaffRole.PUBLISHER))

    article.refresh_from_db()
    assert (article.title_he, article.status) == ("הצעה", WorkflowStatus.ARCHIVED)


def test_a_publisher_rejects_with_a_reason(editor_client, publisher_client, city):
    article = ArticleFactory(municipality=city, title_he="הכותרת שפורסמה")
    _edit(editor_client, article, title_he="הצעה")
    change = PendingChange.objects.get()

    no_reason = publisher_client.post(_review_url(change), {"decision": "reject"})
    rejected = publisher_client.post(
        _review_url(change), {"decision": "reject", "note": "הכותרת ארוכה מדי"}
    )

    assert no_reason.status_code == HTTPStatus.OK
    assert "note" in no_reason.context["form"].errors
    assert rejected.status_code == HTTPStatus.FOUND
    change.refresh_from_db()
    assert change.status == PendingChange.Status.REJECTED
    assert change.decision_note == "הכותרת ארוכה מדי"
    article.refresh_from_db()
    assert article.title_he == "הכותרת שפורסמה"


def test_a_second_decision_changes_nothing(editor_client, publisher_client, city):
    article = ArticleFactory(municipality=city)
    _edit(editor_client, article, title_he="הצעה")
    change = PendingChange.objects.get()
    publisher_client.post(
        _review_url(change), {"decision": "reject", "note": "לא עכשיו"}
    )

    again = publisher_client.post(_review_url(change), {"decision": "publish"})

    assert again.status_code == HTTPStatus.FOUND
    article.refresh_from_db()
    assert article.title_he != "הצעה"
    change.refresh_from_db()
    assert change.status == PendingChange.Status.REJECTED


def test_editors_cannot_decide_and_other_cities_cannot_see(editor_client, city):
    article = ArticleFactory(municipality=city)
    _edit(editor_client, article, title_he="הצעה")
    change = PendingChange.objects.get()
    stranger = Client()
    stranger.force_login(staff_member(MunicipalityFactory(), StaffRole.EDITOR))

    decided = editor_client.post(_review_url(change), {"decision": "publish"})
    seen_by_editor = editor_client.get(_review_url(change))
    seen_by_stranger = stranger.get(_review_url(change))
    listed = stranger.get(reverse("admin:community_cms_pendingchange_changelist"))

    assert decided.status_code == HTTPStatus.FORBIDDEN
    assert seen_by_editor.status_code == HTTPStatus.OK
    assert seen_by_stranger.status_code == HTTPStatus.FORBIDDEN
    assert listed.context["cl"].result_count == 0
    article.refresh_from_db()
    assert article.title_he != "הצעה"


def test_drafts_and_publishers_edits_are_saved_at_once(
    editor_client, publisher_client, city
):
    draft = ArticleFactory(municipality=city, status=WorkflowStatus.DRAFT)
    live = ArticleFactory(municipality=city)

    _edit(editor_client, draft, title_he="טיוטה ששונתה")
    _edit(publisher_client, live, title_he="שינוי של המפרסם")

    draft.refresh_from_db()
    live.refresh_from_db()
    assert draft.title_he == "טיוטה ששונתה"
    assert live.title_he == "שינוי של המפרסם"
    assert not PendingChange.objects.exists()


def test_a_form_with_errors_keeps_what_was_typed_and_records_nothing(
    editor_client, city
):
    article = ArticleFactory(municipality=city)

    response = _edit(editor_client, article, title_he="", lede_he="תקציר שנשמר")

    assert response.status_code == HTTPStatus.OK
    assert "title_he" in response.context["adminform"].form.errors
    assert "תקציר שנשמר" in response.content.decode()
    assert not PendingChange.objects.exists()


def test_an_editor_cannot_restore_a_revision_of_a_live_article(editor_client, city):
    article = ArticleFactory(municipality=city, title_he="ראשון")
    with reversion.create_revision():
        article.save()
    first = Version.objects.get_for_object(article).first()
    url = reverse("admin:articles_article_revision", args=[article.pk, first.pk])
    data = form_data(editor_client.get(url), "article_form")

    response = editor_client.post(url, {**data, "title_he": "שני"})

    assert response.status_code == HTTPStatus.FORBIDDEN
    article.refresh_from_db()
    assert article.title_he == "ראשון"
