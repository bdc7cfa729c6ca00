from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("City partnerships")
    # Saving its content changes public pages (core.page_cache).
    public_content = True
