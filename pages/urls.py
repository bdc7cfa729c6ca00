from django.urls import path

from pages import views

app_name = "pages"

urlpatterns = [
    path("preview/<str:token>/", views.page_preview, name="preview"),
    # Last of the site's addresses: any other path may be a page's.
    path("<public_slug_path:path>/", views.page_detail, name="page"),
]
