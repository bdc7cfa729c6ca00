"""A resident follows the news in a feed reader: RSS and Atom feeds of all
the news, of one municipality and of one topic, read here by feedparser."""

import datetime
from http import HTTPStatus

import feedparser
import pytest
from django.utils import timezone, translation

from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

FORMATS = {"rss": "rss20", "atom": "atom10"}


def _read(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    return feed


def _days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def news():
    """Three published articles in Rehovot and Lod, and one of each kind
    that must never reach a feed."""
    rehovot = MunicipalityFactory(slug="rehovot", name_en="Rehovot")
    lod = MunicipalityFactory(slug="lod")
    volunteering = TopicFactory(slug="volunteering", name_en="Volunteering")
    ArticleFactory(
        title_en="Oldest",
        municipality=rehovot,
        published_at=_days_ago(9),
        topics=[volunteering],
    )
    ArticleFactory(title_en="Newest", municipality=lod, published_at=_days_ago(1))
    ArticleFactory(
        title_en="Middle",
        municipality=rehovot,
        published_at=_days_ago(4),
        topics=[volunteering],
    )
    ArticleFactory(title_en="Draft", municipality=rehovot, status=WorkflowStatus.DRAFT)
    ArticleFactory(
        title_en="In review", municipality=rehovot, status=WorkflowStatus.IN_REVIEW
    )
    ArticleFactory(
        title_en="Archived", municipality=rehovot, status=WorkflowStatus.ARCHIVED
    )
    ArticleFactory(
        title_en="Scheduled",
        municipality=rehovot,
        published_at=timezone.now() + datetime.timedelta(days=2),
    )


@pytest.mark.parametrize("kind", FORMATS)
def test_all_news_feed_lists_published_articles_newest_first(client, news, kind):
    feed = _read(client, f"/en/news/feeds/{kind}/")

    assert feed.version == FORMATS[kind]
    assert [entry.title for entry in feed.entries] == ["Newest", "Middle", "Oldest"]
    published = [entry.published_parsed for entry in feed.entries]
    assert published == sorted(published, reverse=True)
    assert feed.feed.language == "en"


@pytest.mark.parametrize("kind", FORMATS)
def test_municipality_feed_has_only_that_municipalitys_news(client, news, kind):
    feed = _read(client, f"/en/news/feeds/municipality/rehovot/{kind}/")

    assert [entry.title for entry in feed.entries] == ["Middle", "Oldest"]
    assert "Rehovot" in feed.feed.title


@pytest.mark.parametrize("kind", FORMATS)
def test_topic_feed_has_only_that_topics_news(client, news, kind):
    feed = _read(client, f"/en/news/feeds/topic/volunteering/{kind}/")

    assert [entry.title for entry in feed.entries] == ["Middle", "Oldest"]
    assert "Volunteering" in feed.feed.title
    assert feed.entries[0].tags[0].term == "Volunteering"


def test_feed_entries_link_to_the_article_in_the_feeds_language(client):
    article = ArticleFactory(title_he="כתבה", title_ar="مقال", title_en="Story")

    hebrew = _read(client, "/he/news/feeds/atom/")
    arabic = _read(client, "/ar/news/feeds/rss/")

    assert hebrew.entries[0].title == "כתבה"
    with translation.override("he"):
        assert (
            hebrew.entries[0].link == f"http://testserver{article.get_absolute_url()}"
        )
    assert arabic.entries[0].title == "مقال"
    assert arabic.entries[0].link.startswith("http://testserver/ar/news/")
    assert hebrew.feed.link == "http://testserver/he/news/"


def test_feed_of_an_unknown_municipality_or_topic_is_not_found(client):
    assert client.get("/he/news/feeds/municipality/nowhere/rss/").status_code == (
        HTTPStatus.NOT_FOUND
    )
    assert client.get("/he/news/feeds/topic/nothing/atom/").status_code == (
        HTTPStatus.NOT_FOUND
    )


def test_news_pages_point_feed_readers_to_their_feeds(client, news):
    listing = client.get("/en/news/?municipality=rehovot").content.decode()
    article = ArticleFactory(title_en="Linked", municipality=MunicipalityFactory())
    detail = client.get(f"/en/news/{article.slug_en}/").content.decode()

    assert (
        '<link rel="alternate" type="application/rss+xml" title="All news (RSS)" '
        'href="/en/news/feeds/rss/">' in listing
    )
    assert 'type="application/atom+xml"' in listing
    assert 'href="/en/news/feeds/municipality/rehovot/rss/"' in listing
    assert (
        f'href="/en/news/feeds/municipality/{article.municipality.slug}/atom/"'
        in detail
    )
