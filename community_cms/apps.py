from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "community_cms"
    verbose_name = _("Municipalities and departments")

    def ready(self):
        # Connect receivers and register checks.
        from community_cms import checks, page_cache, renditions, signals  # noqa: F401


class CommunityAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "community_cms.admin_site.CommunityAdminSite"
