from django.conf import settings
from django.urls import include, path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

from search import views as search_views

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("search/", search_views.search, name="search"),
    # Renditions, so that the pages are complete when looked at by hand.
    path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
    path("", include(wagtail_urls)),
]
