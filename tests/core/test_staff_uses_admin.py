"""Admin smoke tests: every registered model's list, add and change pages
open for staff, in Hebrew, without assets from outside servers."""

import datetime
import re
from http import HTTPStatus

import pytest
import reversion
from django.contrib import admin
from django.test import Client, override_settings
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from alerts.models import Alert, EmergencyMode
from articles.models import Article
from core.renditions import renditions_make
from departments.models import ProfessionalNetwork
from events.models import Cancellation
from municipalities.services import pending_change_record
from partnerships.models import DelegationActivity
from tests.articles.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.core.factories import (
    AccessibilityStatementFactory,
    CommunityDepartmentFactory,
)
from tests.events.factories import EventFactory
from tests.library.factories import DocumentFactory, ImageFactory, ImageTagFactory
from tests.pages.factories import QuestionFactory
from tests.partners.factories import (
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)
from tests.partnerships.factories import DelegationFactory
from tests.sites.factories import MenuItemFactory, SiteAliasFactory, SiteFactory
from tests.submissions.factories import (
    EmailNotificationFactory,
    ProfileSubmissionFactory,
)

pytestmark = pytest.mark.django_db

MODELS = list(admin.site._registry)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _url(model, view, *args):
    return reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args
    )


@pytest.fixture
def one_of_everything(admin_user):
    article = ArticleFactory(author=admin_user, topics=[TopicFactory()])
    QuoteFactory(article=article)
    DelegationFactory()
    MenuItemFactory(site=SiteAliasFactory().site)
    ImageFactory(tags=[ImageTagFactory()])
    QuestionFactory()
    Alert.objects.create(message_he="הודעה לתושבים")
    event = EventFactory(repeats="weekly", repeat_until=datetime.date(2030, 1, 1))
    Cancellation.objects.create(event=event, date=event.occurrences()[1].start_date)
    EmergencyMode.objects.create(site=SiteFactory()).numbers.create(
        label_he="מוקד", number="08-9000200"
    )
    DocumentFactory()
    CommunityDepartmentFactory()
    AccessibilityStatementFactory()
    PartnerOrganizationFactory()
    FieldOfActionFactory()
    PopulationFactory()
    RegionFactory()
    DelegationActivity.objects.create(name_he="אירוח בבתים", slug="home-hosting")
    ProfessionalNetwork.objects.create(name_he="קהילה מקצועית")
    submission = ProfileSubmissionFactory()
    EmailNotificationFactory(submission=submission)
    pending_change_record(article, by=admin_user, save=lambda: _retitle(article))
    # A failed login, so that the lockout admin has rows to open.
    Client().post(reverse("admin:login"), {"username": "nobody", "password": "wrong"})
    # A background task that failed, as the worker records it.
    with override_settings(TASKS=DATABASE_TASKS):
        queued = renditions_make.enqueue("library.Image", "file", "gone.jpg")
    DBTaskResult.objects.get(pk=queued.id).set_failed(OSError("No such file"))


def _retitle(article):
    with reversion.create_revision():
        article.title_he = "כותרת שהוצעה"
        article.save()


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_opens(staff_client, one_of_everything, model):
    response = staff_client.get(_url(model, "changelist"))

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_add_form_opens_where_adding_is_allowed(staff_client, rf, admin_user, model):
    request = rf.get("/admin/")
    request.user = admin_user
    may_add = admin.site.get_model_admin(model).has_add_permission(request)

    response = staff_client.get(_url(model, "add"))

    expected = HTTPStatus.OK if may_add else HTTPStatus.FORBIDDEN
    assert response.status_code == expected


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_change_form_opens(staff_client, one_of_everything, model):
    obj = model._default_manager.first()
    assert obj is not None

    response = staff_client.get(_url(model, "change", obj.pk))

    assert response.status_code == HTTPStatus.OK


def test_admin_is_in_hebrew_right_to_left_whatever_the_browser_says(staff_client):
    response = staff_client.get(reverse("admin:index"), HTTP_ACCEPT_LANGUAGE="en-US")

    html = response.content.decode()
    assert '<html lang="he" dir="rtl">' in html


def test_article_form_loads_no_script_or_style_from_another_server(staff_client):
    html = staff_client.get(_url(Article, "add")).content.decode()

    external = re.findall(r'(?:src|href)="((?:https?:)?//[^"]+)"', html)
    assert external == []
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    assert "tabbed_translation_fields.js" in html


def test_staff_writes_a_hebrew_article_with_a_quote_and_publishes_it(
    staff_client, admin_user
):
    municipality = CommunityDepartmentFactory().municipality
    data = {
        "title_he": "ערב שכונה בקריית משה",
        "slug_he": "",
        "lede_he": "תושבים בחרו יחד נושאים לקידום.",
        "body_he": "<p>היה ערב מרגש.</p><script>alert(1)</script>",
        "municipality": municipality.pk,
        "quotes-TOTAL_FORMS": "1",
        "quotes-INITIAL_FORMS": "0",
        "quotes-MIN_NUM_FORMS": "0",
        "quotes-MAX_NUM_FORMS": "1000",
        "quotes-0-text_he": "כל אחד יכול לקחת חלק.",
        "quotes-0-speaker_he": "ראש העיר",
        "quotes-0-sort_order": "0",
    }

    response = staff_client.post(_url(Article, "add"), data)

    assert response.status_code == HTTPStatus.FOUND
    article = Article.objects.get()
    assert article.status == "draft"
    assert article.author == admin_user
    assert article.slug_he == "ערב-שכונה-בקריית-משה"
    assert "<script>" not in article.body_he
    assert article.quotes.get().speaker_he == "ראש העיר"

    quote = article.quotes.get()
    staff_client.post(
        _url(Article, "change", article.pk),
        {
            **data,
            "quotes-INITIAL_FORMS": "1",
            "quotes-0-id": quote.pk,
            "quotes-0-article": article.pk,
            "_workflow_publish": "1",
        },
    )

    article.refresh_from_db()
    assert article.is_published
    public = staff_client.get(article.get_absolute_url())
    assert "כל אחד יכול לקחת חלק." in public.content.decode()
