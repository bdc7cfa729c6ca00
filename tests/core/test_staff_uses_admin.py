"""Admin smoke tests: every registered model's list, add and change pages
open for staff, in Hebrew, without assets from outside servers."""

import re
from http import HTTPStatus

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.urls import reverse

from articles.models import Article
from community_cms.models import ProfessionalNetwork, PublicationStatus
from partners.models import DelegationActivity
from tests.articles.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.core.factories import CommunityDepartmentFactory, UserFactory
from tests.partners.factories import (
    DelegationFactory,
    FieldOfActionFactory,
    PartnerOrganizationFactory,
    PopulationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db

MODELS = list(admin.site._registry)


def _url(model, view, *args):
    return reverse(
        f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args
    )


@pytest.fixture
def one_of_everything(admin_user):
    article = ArticleFactory(author=admin_user, topics=[TopicFactory()])
    QuoteFactory(article=article)
    DelegationFactory()
    CommunityDepartmentFactory()
    PartnerOrganizationFactory()
    FieldOfActionFactory()
    PopulationFactory()
    RegionFactory()
    DelegationActivity.objects.create(name_he="אירוח בבתים", slug="home-hosting")
    ProfessionalNetwork.objects.create(name_he="קהילה מקצועית")


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_changelist_opens(staff_client, one_of_everything, model):
    response = staff_client.get(_url(model, "changelist"))

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.label)
def test_add_form_opens(staff_client, model):
    response = staff_client.get(_url(model, "add"))

    assert response.status_code == HTTPStatus.OK


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


def test_staff_writes_a_hebrew_article_with_a_quote(staff_client, admin_user):
    municipality = CommunityDepartmentFactory().municipality
    data = {
        "title_he": "ערב שכונה בקריית משה",
        "slug_he": "",
        "lede_he": "תושבים בחרו יחד נושאים לקידום.",
        "body_he": "<p>היה ערב מרגש.</p><script>alert(1)</script>",
        "status": PublicationStatus.PUBLISHED,
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

    assert response.status_code == HTTPStatus.FOUND, response.context[
        "adminform"
    ].form.errors
    article = Article.objects.get()
    assert article.author == admin_user
    assert article.slug_he == "ערב-שכונה-בקריית-משה"
    assert "<script>" not in article.body_he
    assert article.quotes.get().speaker_he == "ראש העיר"
    public = staff_client.get(article.get_absolute_url())
    assert "כל אחד יכול לקחת חלק." in public.content.decode()


def test_editor_can_write_but_not_publish(client):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="editor"))
    client.force_login(editor)
    article = ArticleFactory(status=PublicationStatus.DRAFT)

    response = client.get(_url(Article, "change", article.pk))

    form = response.context["adminform"].form
    assert "title_he" in form.fields
    assert "status" not in form.fields
    changelist = client.get(_url(Article, "changelist"))
    assert "publish_now" not in changelist.content.decode()


def test_publisher_publishes_drafts_from_the_list(client):
    publisher = UserFactory()
    publisher.groups.add(Group.objects.get(name="publisher"))
    client.force_login(publisher)
    draft = ArticleFactory(status=PublicationStatus.DRAFT, published_at=None)
    assert "publish_now" in client.get(_url(Article, "changelist")).content.decode()

    client.post(
        _url(Article, "changelist"),
        {"action": "publish_now", "_selected_action": [draft.pk]},
    )

    draft.refresh_from_db()
    assert draft.is_public


def test_groups_created_by_migration_separate_writing_from_publishing():
    editor = Group.objects.get(name="editor")
    publisher = Group.objects.get(name="publisher")

    assert editor.permissions.filter(codename="change_article").exists()
    assert not editor.permissions.filter(codename="publish_article").exists()
    assert publisher.permissions.filter(codename="publish_article").exists()
    assert publisher.permissions.filter(codename="delete_article").exists()
