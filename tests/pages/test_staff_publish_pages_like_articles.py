"""Pages go through the articles' workflow, in the admin: editors of a
municipality build its site's pages from blocks and submit them; its
publishers publish; staff elsewhere neither see nor touch them; every step
is audited and kept as a revision with its blocks."""

import json
from http import HTTPStatus

import pytest
from django.urls import reverse
from lxml import html as lxml_html
from reversion.models import Version

from municipalities.models import AuditEvent
from municipalities.tenancy import StaffRole
from municipalities.workflow import WorkflowStatus
from pages.models import Page, Question
from tests.admin_forms import form_data
from tests.core.factories import staff_member
from tests.pages.factories import PageFactory, QuestionFactory

pytestmark = pytest.mark.django_db

ADD = reverse("admin:pages_page_add")


def _change(page):
    return reverse("admin:pages_page_change", args=[page.pk])


@pytest.fixture
def alpha_staff(cities, login_with_second_factor):
    from django.test import Client

    alpha, _beta = cities
    editor = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.EDITOR), Client()
    )
    publisher = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER), Client()
    )
    return editor, publisher


def _new_page_form(client, site, **extra):
    data = form_data(client.get(ADD), "page_form")
    data.update(
        title_he="שאלות נפוצות",
        slug_he="שאלות",
        site=str(site.pk),
        **{
            "pages_question_set-TOTAL_FORMS": "1",
            "pages_question_set-0-region": "main",
            "pages_question_set-0-ordering": "10",
            "pages_question_set-0-question_he": "איך נרשמים?",
            "pages_question_set-0-answer_he": "בטופס באתר.",
        },
        **extra,
    )
    return data


def test_an_editor_builds_a_page_and_submits_it(alpha_staff, cities, client):
    alpha, _beta = cities
    editor, _publisher = alpha_staff

    response = editor.post(
        ADD, _new_page_form(editor, alpha.site, _workflow_submit_for_review="1")
    )

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    page = Page.objects.get()
    assert page.status == WorkflowStatus.IN_REVIEW
    assert Question.objects.get(parent=page).question_he == "איך נרשמים?"
    assert client.get("/he/שאלות/", HTTP_HOST=alpha.host).status_code == 404
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.SUBMIT, object_id=str(page.pk)
    ).exists()


def test_a_bad_block_keeps_everything_typed(alpha_staff, cities):
    alpha, _beta = cities
    editor, _publisher = alpha_staff
    data = _new_page_form(editor, alpha.site)
    data["pages_question_set-0-answer_he"] = ""

    response = editor.post(ADD, data)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert 'value="איך נרשמים?"' in html
    assert 'value="שאלות נפוצות"' in html
    assert not Page.objects.exists()


def test_only_a_publisher_publishes(alpha_staff, cities, client):
    alpha, _beta = cities
    editor, publisher = alpha_staff
    page = PageFactory(site=alpha.site, slug_he="חדש", status=WorkflowStatus.IN_REVIEW)
    QuestionFactory(parent=page)

    editor_form = editor.get(_change(page)).content.decode()
    editor.post(
        _change(page),
        {**form_data(editor.get(_change(page)), "page_form"), "_workflow_publish": "1"},
    )
    page.refresh_from_db()
    assert 'name="_workflow_publish"' not in editor_form
    assert page.status == WorkflowStatus.IN_REVIEW

    publisher_form = publisher.get(_change(page)).content.decode()
    assert 'name="_workflow_publish"' in publisher_form
    assert 'name="_workflow_withdraw"' in editor_form
    publisher.post(
        _change(page),
        {
            **form_data(publisher.get(_change(page)), "page_form"),
            "_workflow_publish": "1",
        },
    )
    page.refresh_from_db()
    assert page.status == WorkflowStatus.PUBLISHED
    assert client.get("/he/חדש/", HTTP_HOST=alpha.host).status_code == 200
    versions = Version.objects.get_for_object(page)
    assert versions.exists()


def test_staff_of_another_city_neither_see_nor_open_the_page(
    cities, login_with_second_factor
):
    alpha, beta = cities
    page = PageFactory(site=alpha.site)
    stranger = login_with_second_factor(
        staff_member(beta.municipality, StaffRole.PUBLISHER)
    )

    listed = stranger.get(reverse("admin:pages_page_changelist"))
    assert page not in listed.context["cl"].result_list
    assert stranger.get(_change(page)).status_code == HTTPStatus.FORBIDDEN
    form = stranger.get(ADD).context["adminform"].form
    assert list(form.fields["site"].queryset) == [beta.site]


def test_a_preview_link_shows_a_draft_to_whoever_holds_it(client, cities):
    alpha, _beta = cities
    page = PageFactory(
        site=alpha.site, status=WorkflowStatus.DRAFT, title_he="טיוטת דף"
    )

    response = client.get(page.get_preview_url(), HTTP_HOST=alpha.host)

    assert response.status_code == HTTPStatus.OK
    assert "טיוטת דף" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert client.get("/he/preview/forged/").status_code == HTTPStatus.NOT_FOUND


def test_rich_text_blocks_get_the_rich_text_editor_in_every_language(alpha_staff):
    editor, _publisher = alpha_staff

    form = editor.get(ADD)
    inline = next(
        formset
        for formset in form.context["inline_admin_formsets"]
        if formset.opts.model._meta.model_name == "richtext"
    )

    widgets = {
        name: type(inline.formset.empty_form.fields[name].widget).__name__
        for name in ("text_he", "text_ar", "text_en")
    }
    assert set(widgets.values()) == {"AdminProseEditorWidget"}


@pytest.mark.parametrize(
    ("language", "add_item"), [("he", "הוספת פריט חדש"), ("ar", "إضافة عنصر جديد")]
)
def test_the_block_editor_speaks_the_staffs_language(
    alpha_staff, settings, language, add_item
):
    editor, _publisher = alpha_staff
    editor.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    html = editor.get(ADD).content.decode()

    context = lxml_html.fromstring(html).get_element_by_id("content-editor-context")
    messages = json.loads(context.text)["messages"]
    assert messages["createNew"] == add_item
