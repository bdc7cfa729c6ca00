from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("", views.partner_directory, name="directory"),
    path("meet-the-partner/", views.spotlight, name="spotlight"),
    path("<public_slug:slug>/", views.partner_detail, name="detail"),
]
