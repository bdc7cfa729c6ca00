import datetime
from http import HTTPStatus

import pytest
from django.utils import timezone

from core.models import PublicationStatus
from tests.articles.factories import ArticleFactory, QuoteFactory, TopicFactory
from tests.core.factories import MunicipalityFactory
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_article_shows_title_photo_credit_and_pull_quote_in_hebrew(client):
    article = ArticleFactory(
        title_he="משלחת ממיניאפוליס ביקרה ברחובות",
        image=ImageFactory(credit_he="דוברות העירייה"),
    )
    QuoteFactory(article=article, text_he="היה שווה לחכות לביקור הזה.")

    response = client.get(f"/he/news/{article.slug_he}/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<html lang="he" dir="rtl">' in html
    assert "משלחת ממיניאפוליס ביקרה ברחובות" in html
    assert "היה שווה לחכות לביקור הזה." in html
    assert 'class="pull-quote"' in html


def test_english_reader_sees_the_english_text_with_ltr_direction(client):
    article = ArticleFactory(title_en="Delegation from Minneapolis")

    response = client.get(f"/en/news/{article.slug_en}/")

    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "Delegation from Minneapolis" in html


def test_arabic_reader_without_translation_gets_the_hebrew_text(client):
    article = ArticleFactory(title_ar="", lede_ar="", title_he="כותרת בעברית בלבד")

    response = client.get(f"/ar/news/{article.slug_he}/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "כותרת בעברית בלבד" in html


def test_hebrew_slug_in_english_redirects_to_the_english_address(client):
    article = ArticleFactory(title_en="Open house")

    response = client.get(f"/en/news/{article.slug_he}/")

    assert response.status_code == HTTPStatus.MOVED_PERMANENTLY
    assert response["Location"] == f"/en/news/{article.slug_en}/"


@pytest.mark.parametrize(
    "unpublished",
    [
        {"status": PublicationStatus.DRAFT},
        {"published_at": timezone.now() + datetime.timedelta(days=2)},
    ],
    ids=["draft", "scheduled"],
)
def test_unpublished_article_is_not_found_and_not_listed(client, unpublished):
    article = ArticleFactory(title_he="טיוטה סודית", **unpublished)

    assert (
        client.get(f"/he/news/{article.slug_he}/").status_code == HTTPStatus.NOT_FOUND
    )
    assert "טיוטה סודית" not in client.get("/he/news/").content.decode()
    assert "טיוטה סודית" not in client.get("/he/").content.decode()


def test_news_list_filters_by_municipality_and_topic(client):
    rehovot = MunicipalityFactory(slug="rehovot")
    topic = TopicFactory(slug="business")
    wanted = ArticleFactory(municipality=rehovot, topics=[topic], title_he="רצויה")
    ArticleFactory(municipality=rehovot, title_he="בלי נושא")
    ArticleFactory(topics=[topic], title_he="עיר אחרת")

    html = client.get("/he/news/?municipality=rehovot&topic=business").content.decode()

    assert wanted.title_he in html
    assert "בלי נושא" not in html
    assert "עיר אחרת" not in html


def test_news_list_is_paginated_and_survives_hostile_parameters(client):
    ArticleFactory.create_batch(14)

    first = client.get("/he/news/")
    second = client.get("/he/news/?page=2")
    hostile = client.get("/he/news/?page=<script>&municipality=' OR 1=1 --&topic=x")

    assert first.context["page_obj"].paginator.num_pages == 2
    assert len(second.context["page_obj"].object_list) == 2
    assert hostile.status_code == HTTPStatus.OK
    assert hostile.context["form"].errors
    assert "<script>" not in hostile.content.decode()


def test_news_list_runs_the_same_number_of_queries_for_more_articles(
    client, django_assert_num_queries, page_cache_off
):
    ArticleFactory.create_batch(3)
    client.get("/he/news/")  # warm up: content types, translations
    # The count and the page: the filters' lists are kept by the process.
    with django_assert_num_queries(2):
        client.get("/he/news/")
    ArticleFactory.create_batch(9)
    client.get("/he/news/")  # the new articles' municipalities, read once
    with django_assert_num_queries(2):
        client.get("/he/news/")
