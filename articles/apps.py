from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("News")
    # Saving its content changes public pages (core.page_cache).
    public_content = True

    def ready(self):
        from django.db import DEFAULT_DB_ALIAS

        from articles.models import Article
        from core.page_cache import scheduled_changes

        @scheduled_changes
        def next_scheduled_article():
            # From the primary: a replica may not have the article just
            # scheduled.
            return (
                Article.objects.using(DEFAULT_DB_ALIAS)
                .scheduled()
                .order_by("published_at")
                .values_list("published_at", flat=True)
                .first()
            )
