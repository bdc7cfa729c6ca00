from http import HTTPStatus

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count
from django.utils import timezone

from articles.models import Article, Quote
from events.models import Event
from municipalities.models import Municipality
from municipalities.workflow import WorkflowStatus
from partners.models import PartnerOrganization

pytestmark = pytest.mark.django_db

SMALL = {
    "articles": 120,
    "municipalities": 3,
    "partners": 30,
    "events": 40,
    "images": 2,
    "allow_without_debug": True,
    "skip_search_index": True,
}


def test_generator_writes_articles_in_three_languages_with_unique_slugs(client):
    call_command("generate_bench_data", **SMALL)

    assert Municipality.objects.filter(slug__startswith="bench-").count() == 3
    assert PartnerOrganization.objects.count() == 30
    assert Article.objects.count() == 120
    for language in ("he", "ar", "en"):
        slugs = Article.objects.values_list(f"slug_{language}", flat=True)
        assert None not in slugs
        assert len(set(slugs)) == 120
    article = Article.objects.published().for_listing().first()
    assert article.title_he and article.title_ar and article.title_en
    assert article.body_ar.startswith("<p>")
    assert "<script" not in article.body_he
    assert Quote.objects.exists()
    assert article.topics.exists()
    assert Event.objects.count() == 40

    for language in ("he", "ar", "en"):
        slug = getattr(article, f"slug_{language}")
        response = client.get(f"/{language}/news/{slug}/")
        assert response.status_code == HTTPStatus.OK
        assert getattr(article, f"title_{language}") in response.content.decode()


def test_most_articles_are_published_and_every_workflow_state_appears():
    call_command("generate_bench_data", **{**SMALL, "articles": 400})

    states = dict(
        Article.objects.values_list("status").annotate(n=Count("pk")).order_by()
    )
    assert set(states) == set(WorkflowStatus.values)
    assert states[WorkflowStatus.PUBLISHED] > 0.8 * 400
    assert Article.objects.scheduled().exists()


def test_generator_refuses_without_debug_and_refuses_to_run_twice(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("generate_bench_data", articles=1, municipalities=1, partners=1)

    call_command("generate_bench_data", **SMALL)
    with pytest.raises(CommandError, match="already holds"):
        call_command("generate_bench_data", **SMALL)


def test_generator_writes_past_upcoming_and_repeating_events(client):
    call_command("generate_bench_data", **SMALL)

    published = Event.objects.published()
    assert published.past().exists()
    assert published.filter(starts_at__gt=timezone.now()).exists()
    repeating = published.exclude(repeats="").first()
    assert repeating.last_ends_at > repeating.ends_at
    assert Event.objects.filter(is_free=False, price_he="").count() == 0
    for language in ("he", "ar", "en"):
        slugs = Event.objects.values_list(f"slug_{language}", flat=True)
        assert len(set(slugs) - {None}) == 40

    event = published.filter(starts_at__gt=timezone.now()).first()
    response = client.get(event.get_absolute_url())
    assert response.status_code == HTTPStatus.OK
    assert event.title_he in response.content.decode()
    upcoming = client.get("/he/events/").content.decode()
    assert event.title_he in upcoming
