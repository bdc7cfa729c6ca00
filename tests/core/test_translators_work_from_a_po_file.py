"""Staff export the items to translate as a PO file per language, the
translator fills it in, and staff load it back: only what the translator
changed is saved, as a new revision; a file with anything wrong in it
(malformed, an unknown item, a Hebrew source changed since the export,
broken HTML in rich text) is refused whole, with nothing saved."""

from http import HTTPStatus

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from municipalities.models import PendingChange
from municipalities.tenancy import StaffRole
from tests.articles.factories import ArticleFactory
from tests.core.factories import MunicipalityFactory, staff_member
from translations.models import State, states_of

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")
IMPORT = reverse("admin:articles_article_import_translation")


@pytest.fixture
def articles():
    translated = ArticleFactory(
        title_he="ערב תושבים", title_ar="أمسية سكان", lede_he="", lede_ar="",
        body_he="<p>נפגשים בערב.</p>", body_ar="<p>نلتقي مساءً.</p>",
    )  # fmt: skip
    untranslated = ArticleFactory(
        title_he="יריד התנדבות", title_ar="", lede_he="", body_he="<p>בפארק.</p>",
        body_ar="",
    )  # fmt: skip
    return translated, untranslated


def _export(client, articles, language="ar"):
    response = client.post(
        CHANGELIST,
        {
            "action": f"export_for_translation_{language}",
            "_selected_action": [article.pk for article in articles],
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="article-{language}.po"'
    )
    return polib.pofile(response.content.decode())


def _import(client, catalogue, language="ar"):
    upload = SimpleUploadedFile(
        "back.po", str(catalogue).encode(), "text/x-gettext-translation"
    )
    return client.post(IMPORT, {"language": language, "file": upload})


def _entry(catalogue, article, field):
    return catalogue.find(f"articles.article:{article.pk}:{field}", by="msgctxt")


def test_the_export_has_each_source_and_its_translation(staff_client, articles):
    translated, untranslated = articles

    catalogue = _export(staff_client, articles)

    assert catalogue.metadata["Language"] == "ar"
    assert _entry(catalogue, translated, "title").msgid == "ערב תושבים"
    assert _entry(catalogue, translated, "title").msgstr == "أمسية سكان"
    assert _entry(catalogue, untranslated, "body").msgstr == ""
    assert _entry(catalogue, translated, "lede") is None  # no Hebrew, nothing to do


def test_an_outdated_translation_is_exported_fuzzy(staff_client, articles):
    translated, _untranslated = articles
    translated.body_he = "<p>נפגשים בערב, בשמונה.</p>"
    translated.save()

    catalogue = _export(staff_client, [translated])

    assert "fuzzy" in _entry(catalogue, translated, "body").flags
    assert "fuzzy" not in _entry(catalogue, translated, "title").flags


def test_a_round_trip_changes_only_what_the_translator_changed(staff_client, articles):
    translated, untranslated = articles
    catalogue = _export(staff_client, articles)
    _entry(catalogue, untranslated, "title").msgstr = "معرض التطوع"
    _entry(catalogue, untranslated, "body").msgstr = "<p>في الحديقة.</p>"
    versions_before = Version.objects.get_for_object(translated).count()

    response = _import(staff_client, catalogue)

    assert response.status_code == HTTPStatus.FOUND
    untranslated.refresh_from_db()
    assert (untranslated.title_ar, untranslated.body_ar) == (
        "معرض التطوع",
        "<p>في الحديقة.</p>",
    )
    assert Version.objects.get_for_object(untranslated).exists()
    assert Version.objects.get_for_object(translated).count() == versions_before
    states = states_of([Article.objects.get(pk=untranslated.pk)])[untranslated.pk]
    assert states["ar"] == (State.UP_TO_DATE, [])


def _malformed(catalogue, translated, untranslated):
    return b"garbage, not a PO file\nat all"


def _broken_html(catalogue, translated, untranslated):
    _entry(catalogue, untranslated, "body").msgstr = "<p>في <b>الحديقة.</p>"
    return str(catalogue).encode()


def _unknown_item(catalogue, translated, untranslated):
    _entry(catalogue, translated, "title").msgctxt = "articles.article:999999:title"
    return str(catalogue).encode()


def _changed_source(catalogue, translated, untranslated):
    _entry(catalogue, translated, "title").msgid = "כותרת ישנה"
    return str(catalogue).encode()


def _empty(catalogue, translated, untranslated):
    return b""


@pytest.mark.parametrize(
    "spoil", [_malformed, _broken_html, _unknown_item, _changed_source, _empty]
)
def test_a_file_with_anything_wrong_is_refused_whole(staff_client, articles, spoil):
    translated, untranslated = articles
    catalogue = _export(staff_client, articles)
    _entry(catalogue, untranslated, "title").msgstr = "معرض التطوع"
    content = spoil(catalogue, translated, untranslated)

    response = staff_client.post(
        IMPORT,
        {
            "language": "ar",
            "file": SimpleUploadedFile("back.po", content, "text/plain"),
        },
    )

    assert response.status_code == HTTPStatus.OK
    assert response.context["problems"] or response.context["form"].errors
    untranslated.refresh_from_db()
    assert untranslated.title_ar == ""


def test_staff_cannot_load_translations_of_another_citys_items(
    login_with_second_factor, articles
):
    translated, _untranslated = articles
    other = login_with_second_factor(
        staff_member(MunicipalityFactory(), StaffRole.PUBLISHER), Client()
    )
    catalogue = polib.POFile()
    catalogue.metadata = {"Language": "ar"}
    catalogue.append(
        polib.POEntry(
            msgctxt=f"articles.article:{translated.pk}:title",
            msgid="ערב תושבים",
            msgstr="عنوان آخر",
        )
    )

    response = _import(other, catalogue)

    assert response.status_code == HTTPStatus.OK
    assert response.context["problems"]
    translated.refresh_from_db()
    assert translated.title_ar == "أمسية سكان"


def test_an_editors_import_into_live_content_waits_for_a_publisher(
    login_with_second_factor, articles
):
    translated, _untranslated = articles
    editor = login_with_second_factor(
        staff_member(translated.municipality, StaffRole.EDITOR), Client()
    )
    catalogue = _export(editor, [translated])
    _entry(catalogue, translated, "title").msgstr = "أمسية السكان"

    response = _import(editor, catalogue)

    assert response.status_code == HTTPStatus.FOUND
    translated.refresh_from_db()
    assert translated.title_ar == "أمسية سكان"  # residents still see this
    assert PendingChange.objects.pending().for_object(translated).exists()
