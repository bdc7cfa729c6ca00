"""Work that need not hold up a save runs as a task, queued in the database
once the save commits and run by the worker: email, the renditions of a
photo, the search index after a rename (tests/search/
test_a_rename_is_reindexed_in_the_background.py). Network administrators
see the tasks that failed."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import get_commands
from django.db import transaction
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core import renditions
from municipalities.models import StaffRole
from municipalities.tenancy import NETWORK_ADMIN_GROUP
from submissions import tasks as partner_tasks
from submissions.models import EmailNotification
from tests.core.factories import MunicipalityFactory, UserFactory, staff_member
from tests.images import image_file
from tests.library.factories import ImageFactory
from tests.submissions.factories import EmailNotificationFactory

pytestmark = pytest.mark.django_db

TASK_RESULTS = reverse("admin:django_tasks_database_dbtaskresult_changelist")


@pytest.fixture(autouse=True)
def forget_renditions():
    renditions._memo.clear()
    yield
    renditions._memo.clear()


def _photo():
    return image_file(name="photo.jpg", size=(800, 450), image_format="JPEG")


def _queued(task):
    return list(
        DBTaskResult.objects.filter(
            task_path=task.module_path, status=TaskResultStatus.READY
        )
    )


def _run(db_result):
    """Run a queued task as the worker does."""
    result = db_result.task_result
    return db_result.task.call(*result.args, **result.kwargs)


def test_the_worker_command_is_installed():
    assert get_commands()["db_worker"] == "django_tasks_db"


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_what_was_queued(database_tasks, run_worker, media_root):
    notification = EmailNotificationFactory(recipient="me@example.org")
    # Outside a transaction, queued at once; nothing runs until the worker.
    partner_tasks.notifications_enqueue([notification])
    photo = ImageFactory.build(file="")
    photo.file.save("twin.jpg", _photo(), save=True)
    assert mail.outbox == []
    assert DBTaskResult.objects.ready().count() == 2

    run_worker()

    assert [message.to for message in mail.outbox] == [["me@example.org"]]
    notification.refresh_from_db()
    assert notification.status == EmailNotification.Status.SENT
    stem = photo.file.name.rsplit(".", 1)[0]
    assert (media_root / f"{stem}.640w.webp").exists()
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {
        TaskResultStatus.SUCCESSFUL
    }


def test_a_photo_gets_its_renditions_from_a_task(
    database_tasks, after_commit, media_root
):
    with after_commit():
        photo = ImageFactory.build(file="")
        photo.file.save("twin.jpg", _photo(), save=True)
    stem = photo.file.name.rsplit(".", 1)[0]
    assert not (media_root / f"{stem}.640w.webp").exists()

    [make] = _queued(renditions.renditions_make)
    assert _run(make) is True

    assert (media_root / f"{stem}.640w.webp").exists()
    assert (media_root / f"{stem}.640w.jpg").exists()


def test_a_rolled_back_upload_queues_nothing(database_tasks, after_commit):
    class Interrupted(Exception):
        pass

    with after_commit(), pytest.raises(Interrupted), transaction.atomic():
        photo = ImageFactory.build(file="")
        photo.file.save("twin.jpg", _photo(), save=True)
        raise Interrupted

    assert not DBTaskResult.objects.exists()


def test_network_admins_see_failed_tasks_and_other_staff_do_not(
    database_tasks, login_with_second_factor, client
):
    queued = renditions.renditions_make.enqueue("library.Image", "file", "gone.jpg")
    DBTaskResult.objects.get(pk=queued.id).set_failed(OSError("No such file"))
    network_admin = UserFactory()
    network_admin.groups.add(Group.objects.get_or_create(name=NETWORK_ADMIN_GROUP)[0])
    publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)

    as_network_admin = login_with_second_factor(network_admin)
    listing = as_network_admin.get(TASK_RESULTS, {"status": "FAILED"})
    failed = as_network_admin.get(
        reverse("admin:django_tasks_database_dbtaskresult_change", args=[queued.id])
    )
    as_network_admin.logout()
    as_publisher = login_with_second_factor(publisher)
    refused = as_publisher.get(TASK_RESULTS)
    index = as_publisher.get(reverse("admin:index"))

    assert listing.status_code == HTTPStatus.OK
    assert listing.context["cl"].result_count == 1
    assert "OSError" in failed.content.decode()
    assert refused.status_code == HTTPStatus.FORBIDDEN
    assert TASK_RESULTS not in index.content.decode()
