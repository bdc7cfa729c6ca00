from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Building blocks")

    def ready(self):
        # Connect receivers and register checks.
        from core import checks, page_cache, renditions  # noqa: F401
