"""Staff see, per item and language, whether its translation is missing,
up to date, or outdated because the Hebrew changed after it was saved,
tracked field by field; in the list (a column and a "needs Arabic" filter)
and on the change form."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.articles.factories import ArticleFactory
from translations.models import State, needing, states_of

pytestmark = pytest.mark.django_db


def _state(article, language):
    article = Article.objects.get(pk=article.pk)
    return states_of([article])[article.pk][language]


def test_a_translation_goes_from_missing_to_up_to_date_to_outdated_and_back():
    article = ArticleFactory(
        title_he="ערב תושבים",
        title_ar="",
        title_en="",
        lede_he="תקציר",
        body_he="<p>גוף</p>",
        body_en="",
    )
    assert _state(article, "ar") == (State.MISSING, ["title", "lede", "body"])

    article.title_ar = "أمسية سكان"
    article.lede_ar = "ملخص"
    article.body_ar = "<p>نص</p>"
    article.save()
    assert _state(article, "ar") == (State.UP_TO_DATE, [])

    article.body_he = "<p>גוף חדש</p>"
    article.save()
    assert _state(article, "ar") == (State.OUTDATED, ["body"])
    assert _state(article, "en")[0] == State.MISSING

    article.body_ar = "<p>نص جديد</p>"
    article.save()
    assert _state(article, "ar") == (State.UP_TO_DATE, [])


def test_a_save_that_changes_neither_keeps_the_state():
    article = ArticleFactory(
        title_ar="عنوان", lede_he="", body_he="<p>גוף</p>", body_ar="<p>نص</p>"
    )
    article.body_he = "<p>גוף אחר</p>"
    article.save()

    article.save()

    assert _state(article, "ar") == (State.OUTDATED, ["body"])


def test_the_list_filter_finds_what_needs_arabic():
    done = ArticleFactory(title_ar="عنوان", lede_he="", body_he="", body_en="")
    untranslated = ArticleFactory(title_ar="", lede_he="", body_he="", body_en="")
    outdated = ArticleFactory(title_ar="عنوان", lede_he="", body_he="", body_en="")
    outdated.title_he = "כותרת חדשה"
    outdated.save()

    found = set(needing(Article.objects.all(), "ar"))

    assert found == {untranslated, outdated}
    assert done not in found


def test_the_admin_shows_the_states(staff_client):
    article = ArticleFactory(title_ar="", lede_he="", body_he="", body_en="")

    listing = staff_client.get(
        reverse("admin:articles_article_changelist") + "?needs_translation=ar"
    ).content.decode()
    form = staff_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()

    assert "translation-state--missing" in listing
    assert str(article.title) in listing
    assert "translation-state--missing" in form


def test_each_language_tab_says_which_fields_lag(staff_client):
    article = ArticleFactory(
        title_ar="عنوان",
        lede_he="",
        body_he="<p>גוף</p>",
        body_ar="<p>نص</p>",
        body_en="",
    )
    article.body_he = "<p>גוף אחר</p>"
    article.save()

    response = staff_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )

    form = response.context["adminform"].form
    assert "translation-state--outdated" in str(form.fields["body_ar"].help_text)
    assert "translation-state--missing" in str(form.fields["body_en"].help_text)
    assert "translation-state" not in str(form.fields["title_ar"].help_text)
