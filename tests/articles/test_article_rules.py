import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article
from core.models import PublicationStatus
from tests.articles.factories import ArticleFactory
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_published_lists_only_published_articles_whose_time_has_come():
    visible = ArticleFactory()
    ArticleFactory(status=PublicationStatus.DRAFT)
    ArticleFactory(published_at=timezone.now() + datetime.timedelta(days=1))

    assert list(Article.objects.published()) == [visible]


def test_publishing_without_a_date_stamps_the_current_time():
    before = timezone.now()
    article = ArticleFactory(published_at=None)

    assert article.published_at >= before


def test_each_language_gets_its_own_slug_from_its_title():
    article = ArticleFactory(
        title_he="משלחת עסקית ביקרה בעיר",
        title_en="A business delegation visits",
        title_ar="",
    )

    assert article.slug_he == "משלחת-עסקית-ביקרה-בעיר"
    assert article.slug_en == "a-business-delegation-visits"
    # No Arabic title: no Arabic slug, stored as NULL so it cannot clash.
    assert article.slug_ar is None


def test_slugs_made_from_equal_titles_are_kept_unique_per_language():
    first = ArticleFactory(title_he="ערב שכונה", title_en="Neighbourhood evening")
    second = ArticleFactory(title_he="ערב שכונה", title_en="Neighbourhood evening")

    assert first.slug_he != second.slug_he
    assert second.slug_en == "neighbourhood-evening-2"


def test_the_database_refuses_a_duplicate_slug_in_the_same_language():
    ArticleFactory(slug_en="same-slug")
    with pytest.raises(IntegrityError), transaction.atomic():
        ArticleFactory(slug_en="same-slug")


def test_the_same_slug_may_be_used_in_two_different_languages():
    ArticleFactory(slug_en="shared")
    other = ArticleFactory(slug_ar="shared")

    assert other.slug_ar == "shared"


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>שלום<script>alert(1)</script></p>", "<script"),
        ('<p onclick="steal()">שלום</p>', "onclick"),
        ('<img src="x" onerror="steal()">', "onerror"),
        ('<a href="javascript:steal()">קישור</a>', "javascript:"),
        ('<p style="position:fixed">שלום</p>', "style="),
        ("<iframe src='https://evil.example'></iframe>", "<iframe"),
    ],
)
def test_body_is_sanitized_on_save_in_every_language(dirty, forbidden):
    article = ArticleFactory(body_he=dirty, body_ar=dirty, body_en=dirty)
    article.refresh_from_db()

    for body in (article.body_he, article.body_ar, article.body_en):
        assert forbidden not in body


def test_sanitizing_keeps_the_formatting_staff_may_use():
    html = '<h2>כותרת</h2><p><strong>חשוב</strong> <a href="https://example.org">קישור</a></p><ul><li>א</li></ul>'
    article = ArticleFactory(body_he=html)

    assert "<h2>כותרת</h2>" in article.body_he
    assert "<strong>חשוב</strong>" in article.body_he
    assert 'href="https://example.org"' in article.body_he
    assert "<li>א</li>" in article.body_he


def test_an_articles_photo_comes_from_the_library_with_its_description(client):
    photo = ImageFactory(alt_text_he="תושבים ליד הדוכנים", credit_he="דוברות")
    article = ArticleFactory(image=photo)

    html = client.get(f"/he/news/{article.slug_he}/").content.decode()

    assert 'alt="תושבים ליד הדוכנים"' in html
    assert "דוברות" in html
