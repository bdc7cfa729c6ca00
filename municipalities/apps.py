from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "municipalities"
    # The label these models were created under when they lived in the
    # project package: their tables, migrations and permissions keep it.
    label = "community_cms"
    verbose_name = _("Municipalities and their staff")
    # Saving its content changes public pages (core.page_cache).
    public_content = True

    def ready(self):
        # Connect receivers.
        from municipalities import signals  # noqa: F401


class CommunityAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "municipalities.admin_site.CommunityAdminSite"
