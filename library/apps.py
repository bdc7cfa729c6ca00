from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Image and document library")
    # Pages show the library's images and documents (core.page_cache).
    public_content = True
