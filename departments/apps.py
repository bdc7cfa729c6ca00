from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DepartmentsConfig(AppConfig):
    name = "departments"
    verbose_name = _("Community departments")
    # Saving its content changes public pages (core.page_cache).
    public_content = True
