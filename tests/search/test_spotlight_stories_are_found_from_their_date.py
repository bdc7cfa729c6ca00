"""A "meet the partner" story is public from its spotlight date: before
that, search neither finds a partner by the story's words nor shows them in
a snippet; from midnight of that day it does, with no save and no job."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from tests.partners.factories import PartnerOrganizationFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db

STORY = "הכירו את הזברה הכחולה שמלמדת ילדים לשחות."


def _midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


@pytest.fixture
def start():
    return timezone.localdate() + datetime.timedelta(days=3)


@pytest.fixture
def partner(start):
    return PartnerOrganizationFactory(
        name_he="עמותת גשרים",
        name_en="Bridges Association",
        is_spotlight=True,
        spotlight_date=start,
        spotlight_story_he=STORY,
        spotlight_story_en="Meet the blue zebra that teaches children to swim.",
    )


def _snippets(response):
    return " ".join(document.text for document in response.context["page_obj"] or [])


def test_a_story_is_not_found_before_its_spotlight_date(search_page, partner):
    assert titles(search_page("זברה")) == []
    assert titles(search_page("zebra", language="en")) == []


def test_the_partner_is_found_meanwhile_without_its_story(search_page, partner):
    response = search_page("גשרים")

    assert titles(response) == ["עמותת גשרים"]
    assert "זברה" not in _snippets(response)
    assert "זברה" not in response.content.decode()


def test_the_story_is_found_from_midnight_of_its_date(search_page, partner, start):
    with time_machine.travel(_midnight(start) - datetime.timedelta(minutes=1)):
        assert titles(search_page("זברה")) == []

    with time_machine.travel(_midnight(start) + datetime.timedelta(minutes=1)):
        response = search_page("זברה")
        assert titles(response) == ["עמותת גשרים"]
        assert STORY in _snippets(response)
        assert titles(search_page("zebra", language="en")) == ["Bridges Association"]
        # Found once, whichever of its words are searched.
        assert titles(search_page("גשרים")) == ["עמותת גשרים"]


def test_a_rebuilt_index_keeps_the_story_for_its_date(search_page, partner, start):
    call_command("rebuild_search_index", stdout=None)

    assert titles(search_page("זברה")) == []
    with time_machine.travel(_midnight(start) + datetime.timedelta(minutes=1)):
        assert titles(search_page("זברה")) == ["עמותת גשרים"]


def test_a_spotlight_moved_later_keeps_its_story_hidden(search_page, partner, start):
    partner.spotlight_date = start + datetime.timedelta(days=7)
    partner.save()

    with time_machine.travel(_midnight(start) + datetime.timedelta(minutes=1)):
        assert titles(search_page("זברה")) == []
        assert titles(search_page("גשרים")) == ["עמותת גשרים"]


def test_a_partner_saved_after_its_date_is_found_by_its_story(
    search_page, partner, start
):
    with time_machine.travel(_midnight(start) + datetime.timedelta(days=1)):
        partner.save()

        assert titles(search_page("זברה")) == ["עמותת גשרים"]
        assert titles(search_page("גשרים")) == ["עמותת גשרים"]


def test_a_story_never_put_in_the_spotlight_is_never_found(search_page, partner):
    partner.is_spotlight = False
    partner.save()

    with time_machine.travel(timezone.now() + datetime.timedelta(days=30)):
        assert titles(search_page("זברה")) == []
        assert titles(search_page("גשרים")) == ["עמותת גשרים"]


def test_a_story_whose_date_has_come_is_found_at_once(search_page):
    PartnerOrganizationFactory(
        name_he="עמותת גשרים",
        is_spotlight=True,
        spotlight_date=timezone.localdate(),
        spotlight_story_he=STORY,
    )

    assert titles(search_page("זברה")) == ["עמותת גשרים"]
