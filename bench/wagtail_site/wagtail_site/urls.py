from django.conf import settings
from django.urls import include, path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    # Renditions, so that the pages are complete when looked at by hand.
    path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT}),
    path("", include(wagtail_urls)),
]
