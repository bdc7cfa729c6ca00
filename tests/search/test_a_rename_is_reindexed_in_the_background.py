"""Renaming a town or a topic in the admin returns at once: the thousands
of documents that carry the name are rewritten by a task that the save
queues once it commits."""

import pytest
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from search import tasks
from tests.articles.factories import ArticleFactory, TopicFactory
from tests.core.factories import MunicipalityFactory
from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


def _queued(task):
    return list(
        DBTaskResult.objects.filter(
            task_path=task.module_path, status=TaskResultStatus.READY
        ).order_by("enqueued_at")
    )


def _run(db_result):
    """Run a queued task as the worker does."""
    result = db_result.task_result
    return db_result.task.call(*result.args, **result.kwargs)


def test_a_renamed_town_is_reindexed_by_a_task(
    search_page, database_tasks, after_commit
):
    rehovot = MunicipalityFactory(name_he="רחובות", name_en="Rehovot", name_ar="")
    ArticleFactory(title_he="מרוץ הלילה", municipality=rehovot)

    with after_commit():
        rehovot.name_he = "נס ציונה"
        rehovot.save()

    # The save returned before the index changed.
    [reindex] = _queued(tasks.municipality_name_reindex)
    assert reindex.task_result.args[0] == rehovot.pk
    assert titles(search_page("רחובות")) == ["מרוץ הלילה"]

    _run(reindex)

    assert titles(search_page("ציונה")) == ["מרוץ הלילה"]
    assert titles(search_page("רחובות")) == []


def test_renames_in_quick_succession_end_with_the_last_name(
    search_page, database_tasks, after_commit
):
    rehovot = MunicipalityFactory(name_he="רחובות", name_en="Rehovot", name_ar="")
    ArticleFactory(title_he="מרוץ הלילה", municipality=rehovot)

    for name in ["נס ציונה", "יבנה"]:
        with after_commit():
            rehovot.name_he = name
            rehovot.save()
    # The worker may take them in any order.
    for reindex in reversed(_queued(tasks.municipality_name_reindex)):
        _run(reindex)

    assert titles(search_page("יבנה")) == ["מרוץ הלילה"]
    assert titles(search_page("ציונה")) == []
    assert titles(search_page("רחובות")) == []


def test_a_save_that_keeps_the_names_queues_no_reindex(database_tasks, after_commit):
    rehovot = MunicipalityFactory()

    with after_commit():
        rehovot.slug = "rehovot"
        rehovot.save()

    assert _queued(tasks.municipality_name_reindex) == []


def test_a_renamed_topic_is_reindexed_by_a_task(
    search_page, database_tasks, after_commit
):
    culture = TopicFactory(name_he="תרבות ופנאי", name_en="Culture", name_ar="")
    ArticleFactory(title_he="הופעה בפארק", topics=[culture])

    with after_commit():
        culture.name_he = "מוזיקה"
        culture.save()
    assert titles(search_page("מוזיקה")) == []
    [reindex] = _queued(tasks.topic_name_reindex)
    _run(reindex)

    assert titles(search_page("מוזיקה")) == ["הופעה בפארק"]
    assert titles(search_page("תרבות")) == []
