"""Keep the search index current: every save or deletion of searchable
content, or of the rows whose text appears on its page (an article's
quotes, a partnership's delegation visits), rewrites its documents in the
same transaction.

Fixture loading (``raw``) is skipped: related rows may not exist yet; run
``manage.py rebuild_search_index`` afterwards. ``QuerySet.update()`` sends
no signals either, so code that changes content that way must call
``search.services.document_index`` itself.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from articles.models import Article, Quote
from partners.models import Delegation, Partnership
from search import services
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


@receiver(post_save, sender=Delegation, dispatch_uid="search_delegation_saved")
@receiver(post_delete, sender=Delegation, dispatch_uid="search_delegation_deleted")
def reindex_visited_partnership(sender, instance, raw=False, origin=None, **kwargs):
    if not raw:
        _reindex(Partnership, instance.partnership_id, origin)
