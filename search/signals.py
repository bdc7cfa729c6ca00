"""Keep the search index current: every save or deletion of searchable
content, or of the rows whose text appears on its page (an article's
quotes, a partnership's delegation visits), rewrites its documents in the
same transaction.

Tagging articles with topics replaces the stored names in place
(``search.services``), in the same transaction too. Renaming a
municipality or a topic, which can touch thousands of documents, queues
a task that does the same once the rename commits (``search.tasks``).

Fixture loading (``raw``) is skipped: related rows may not exist yet; run
``manage.py rebuild_search_index`` afterwards. ``QuerySet.update()`` sends
no signals either, so code that changes content that way must call
``search.services.document_index`` itself.
"""

from django.db.models import QuerySet
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_save,
    pre_delete,
    pre_save,
)
from django.dispatch import receiver

from articles.models import Article, Quote, Topic
from core.tasks import enqueue_on_commit
from municipalities.models import Municipality
from pages.models import BLOCK_MODELS, Page
from partnerships.models import Delegation, Partnership
from search import services, tasks
from search.documents import SOURCES


def index_on_save(sender, instance, raw=False, **kwargs):
    if not raw:
        services.document_index(instance)


def remove_on_delete(sender, instance, **kwargs):
    services.document_remove(instance)


for model in SOURCES:
    label = model._meta.label_lower
    post_save.connect(index_on_save, sender=model, dispatch_uid=f"search_{label}")
    post_delete.connect(
        remove_on_delete, sender=model, dispatch_uid=f"search_delete_{label}"
    )


def _reindex(model, pk, origin=None):
    """Rewrite the documents of the ``model`` row ``pk`` after one of its
    children changed, unless the child goes because the parent is being
    deleted (its own receiver then removes its documents)."""
    origin_model = origin.model if isinstance(origin, QuerySet) else type(origin)
    if origin_model is model:
        return
    parent = model._default_manager.filter(pk=pk).first()
    if parent is not None:
        services.document_index(parent)


@receiver(post_save, sender=Quote, dispatch_uid="search_quote_saved")
@receiver(post_delete, sender=Quote, dispatch_uid="search_quote_deleted")
def reindex_quoted_article(sender, instance, raw=False, origin=None, **kwargs):
    if not raw:
        _reindex(Article, instance.article_id, origin)


def reindex_page_of_block(sender, instance, raw=False, origin=None, **kwargs):
    if not raw:
        _reindex(Page, instance.parent_id, origin)


for block_model in BLOCK_MODELS:
    block_label = block_model._meta.label_lower
    post_save.connect(
        reindex_page_of_block, sender=block_model, dispatch_uid=f"search_{block_label}"
    )
    post_delete.connect(
        reindex_page_of_block,
        sender=block_model,
        dispatch_uid=f"search_delete_{block_label}",
    )


@receiver(post_save, sender=Delegation, dispatch_uid="search_delegation_saved")
@receiver(post_delete, sender=Delegation, dispatch_uid="search_delegation_deleted")
def reindex_visited_partnership(sender, instance, raw=False, origin=None, **kwargs):
    if not raw:
        _reindex(Partnership, instance.partnership_id, origin)


@receiver(pre_save, sender=Municipality, dispatch_uid="search_municipality_renaming")
@receiver(pre_save, sender=Topic, dispatch_uid="search_topic_renaming")
def remember_name(sender, instance, raw=False, **kwargs):
    # The stored names are found by the name they were indexed with.
    if not raw and not instance._state.adding:
        instance._search_previous = sender._default_manager.filter(
            pk=instance.pk
        ).first()


@receiver(post_save, sender=Municipality, dispatch_uid="search_municipality_renamed")
def reindex_renamed_municipality(sender, instance, raw=False, **kwargs):
    previous = instance.__dict__.pop("_search_previous", None)
    if not raw and previous is not None:
        _reindex_if_renamed(
            tasks.municipality_name_reindex,
            instance,
            services.municipality_indexed_names(previous),
            services.municipality_indexed_names(instance),
        )


@receiver(post_save, sender=Topic, dispatch_uid="search_topic_renamed")
def reindex_renamed_topic(sender, instance, raw=False, **kwargs):
    previous = instance.__dict__.pop("_search_previous", None)
    if not raw and previous is not None:
        _reindex_if_renamed(
            tasks.topic_name_reindex,
            instance,
            services.topic_indexed_names(previous),
            services.topic_indexed_names(instance),
        )


def _reindex_if_renamed(task, instance, previous_names, names):
    # A save that kept every name queues nothing.
    if previous_names != names:
        enqueue_on_commit(task, instance.pk, previous_names)


@receiver(pre_delete, sender=Topic, dispatch_uid="search_topic_deleted")
def reindex_untagged_articles(sender, instance, **kwargs):
    # Before the delete: its tags go with it, without m2m_changed.
    services.article_topics_reindex(services.tagged_with(instance), removed=[instance])


@receiver(m2m_changed, sender=Article.topics.through, dispatch_uid="search_tagged")
def reindex_tagged_articles(sender, instance, action, reverse, pk_set, **kwargs):
    """Topics tagged on an article, or articles tagged with a topic (from
    either side of the relation), add or remove the topic names."""
    if action not in {"post_add", "post_remove", "pre_clear"}:
        return
    if reverse:
        # A topic's articles; when all go, those tagged until now (pre_clear
        # runs the UPDATE before the tags are deleted).
        article_ids = services.tagged_with(instance) if pk_set is None else pk_set
        topics = [instance]
    else:
        article_ids = [instance.pk]
        topics = (
            instance.topics.all()
            if pk_set is None
            else Topic.objects.filter(pk__in=pk_set)
        )
        topics = list(topics)
    if action == "post_add":
        services.article_topics_reindex(article_ids, added=topics)
    else:
        services.article_topics_reindex(article_ids, removed=topics)
