"""Search work that runs in the background: the index after a rename, and
the whole index afresh."""

from django_tasks import task

from articles.models import Topic
from municipalities.models import Municipality
from search import services


@task()
def municipality_name_reindex(municipality_id, previous_names):
    """Replace a renamed municipality's ``previous_names`` (by language) in
    its documents with the names it has now."""
    municipality = Municipality.objects.filter(pk=municipality_id).first()
    # Deleted since: no document is filed under it any more.
    if municipality is not None:
        services.municipality_name_reindex(previous_names, municipality)


@task()
def topic_name_reindex(topic_id, previous_names):
    """Replace a renamed topic's ``previous_names`` in its articles'
    documents with the names it has now."""
    topic = Topic.objects.filter(pk=topic_id).first()
    # A topic deleted since has no articles left to find; a rebuild of the
    # index drops any old name left behind.
    if topic is not None:
        services.topic_name_reindex(previous_names, topic)


@task()
def index_rebuild():
    """``manage.py rebuild_search_index`` as a task; returns the number of
    documents written for each kind of content."""
    return services.index_rebuild()
