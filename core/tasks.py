"""Background work: each app defines its tasks with django-tasks' ``@task``
(Django 6's Tasks, backported) and queues them through this one helper.

Tasks are stored by the database backend (settings, TASKS) and run by
``manage.py db_worker``; the tests run them as they are queued.
"""

from functools import partial

from django.db import transaction


def enqueue_on_commit(task, *args, **kwargs):
    """Queue ``task`` with these arguments once the current transaction
    commits (at once outside one): work about data that a rollback takes
    back is never queued, and a worker never looks for rows it cannot see
    yet. ``robust`` keeps a failure to queue from turning a saved change
    into an error page; it is logged."""
    transaction.on_commit(partial(task.enqueue, *args, **kwargs), robust=True)
