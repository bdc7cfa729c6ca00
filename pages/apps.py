from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Pages")
    # Saving a page or its blocks changes public pages (core.page_cache).
    public_content = True

    def ready(self):
        # Pages can be linked from a site's menus, which follow them.
        from pages import menus, signals  # noqa: F401
