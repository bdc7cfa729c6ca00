import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.admin import ArticleAdmin
from tests.articles.factories import ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db

PAGES = [
    "/admin/articles/article/",
    "/admin/articles/article/?state=published",
    "/admin/articles/article/?q=community",
]


def _queries(client):
    counts = []
    for url in PAGES:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries.captured_queries))
    return counts


def test_article_list_runs_the_same_queries_for_3_or_40_articles(staff_client):
    topic = TopicFactory()
    ArticleFactory.create_batch(3, topics=[topic])
    small = _queries(staff_client)

    ArticleFactory.create_batch(37, topics=[topic])

    assert _queries(staff_client) == small


def test_a_filtered_list_does_not_count_the_whole_table_again():
    # Django's default runs a second COUNT(*) of all articles on every
    # filtered or searched page.
    assert ArticleAdmin.show_full_result_count is False
