from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SitesConfig(AppConfig):
    name = "sites"
    verbose_name = _("Public sites")
    # Saving a site's branding or menus changes its pages (core.page_cache).
    public_content = True

    def ready(self):
        # Connect receivers and register the system checks.
        from sites import checks, signals  # noqa: F401
