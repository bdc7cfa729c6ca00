import pytest
import reversion
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from tests.admin_forms import NO_QUOTES, form_data
from tests.articles.factories import ArticleFactory, QuoteFactory

pytestmark = pytest.mark.django_db


def _save_revision(article, user):
    with reversion.create_revision():
        article.save()
        reversion.set_user(user)


def test_every_admin_save_keeps_a_revision_with_who_and_when(staff_client, admin_user):
    article = ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = {
        "title_he": "כותרת חדשה",
        "municipality": article.municipality_id,
        **NO_QUOTES,
    }

    staff_client.post(url, data)
    staff_client.post(url, {**data, "title_he": "כותרת שלישית"})

    versions = Version.objects.get_for_object(article)
    assert versions.count() == 2
    assert versions.first().revision.user == admin_user
    assert versions.first().revision.date_created is not None


def test_restoring_a_revision_brings_back_every_language_and_the_quotes(admin_user):
    article = ArticleFactory(
        title_he="נוסח ראשון", title_ar="النص الأول", title_en="First wording"
    )
    QuoteFactory(article=article, text_he="ציטוט מקורי")
    _save_revision(article, admin_user)

    article.title_he, article.title_ar, article.title_en = "שני", "الثاني", "Second"
    article.save()
    article.quotes.update(text_he="ציטוט ששונה")
    _save_revision(article, admin_user)

    Version.objects.get_for_object(article).last().revision.revert()

    restored = Article.objects.get(pk=article.pk)
    assert (restored.title_he, restored.title_ar, restored.title_en) == (
        "נוסח ראשון",
        "النص الأول",
        "First wording",
    )
    assert restored.quotes.get().text_he == "ציטוט מקורי"


def test_staff_restore_a_revision_from_the_history_page(staff_client, admin_user):
    article = ArticleFactory(title_he="לפני", title_en="Before")
    QuoteFactory(article=article, text_he="ציטוט שהיה")
    _save_revision(article, admin_user)
    article.title_he, article.title_en = "אחרי", "After"
    article.quotes.update(text_he="ציטוט ששונה")
    _save_revision(article, admin_user)
    first = Version.objects.get_for_object(article).last()
    revision_url = reverse(
        "admin:articles_article_revision", args=[article.pk, first.pk]
    )

    page = staff_client.get(revision_url)
    # Sent back as shown: the page, not the test, brings back the old text.
    response = staff_client.post(revision_url, form_data(page, "article_form"))

    assert page.status_code == 200
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title_he, article.title_en) == ("לפני", "Before")
    assert article.quotes.get().text_he == "ציטוט שהיה"


def test_staff_compare_two_revisions(staff_client, admin_user):
    article = ArticleFactory(title_en="Old title")
    _save_revision(article, admin_user)
    article.title_en = "New title"
    _save_revision(article, admin_user)
    newer, older = Version.objects.get_for_object(article)[:2]

    response = staff_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]),
        {"version_id1": older.pk, "version_id2": newer.pk},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert "Old title" in html
    assert "New title" in html
