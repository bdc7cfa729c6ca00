from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, register_converter
from django.views.static import serve

from alerts import views as alert_views
from core.converters import PublicSlugConverter, PublicSlugPathConverter
from municipalities.views import accessibility_statement
from sites import views as site_views
from website import views

# Before the apps' addresses are included: every slug in them uses it.
register_converter(PublicSlugConverter, "public_slug")
register_converter(PublicSlugPathConverter, "public_slug_path")

urlpatterns = [
    # Before the admin's own: "view on site" opens the object's own site.
    path(
        "admin/r/<int:content_type_id>/<path:object_id>/",
        admin.site.admin_view(site_views.view_on_site),
    ),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", views.sitemap, name="django.contrib.sitemaps.views.sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("", include("sites.urls")),
    path("documents/", include("library.urls")),
    path("", include("alerts.urls")),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("news/", include("articles.urls")),
    path("events/", include("events.urls")),
    path("departments/", include("website.department_urls")),
    path("partnerships/", include("partnerships.urls")),
    # The submission form and edit links live under the directory's address.
    path("partners/", include("submissions.urls")),
    path("partners/", include("partners.urls")),
    path("search/", include("search.urls")),
    path("accessibility/", accessibility_statement, name="accessibility"),
    path("emergency/", alert_views.emergency_page, name="emergency"),
    # Last: any other address may be a page staff built.
    path("", include("pages.urls")),
)

# Error pages in the site's design (templates 404.html, 403.html,
# 403_csrf.html, 500.html); the 500 page is rendered without the database.
handler500 = "website.views.server_error"

# Production serves media from nginx or object storage (see README).
if settings.DEBUG or settings.SERVE_MEDIA:
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]
