from django.urls import path

from sites import views

urlpatterns = [
    path("site-branding.css", views.branding_stylesheet, name="site_branding"),
]
