from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "community_cms"
    verbose_name = _("Municipalities and departments")
