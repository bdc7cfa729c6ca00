from django.urls import path

from partnerships import views

app_name = "partnerships"

urlpatterns = [
    path("", views.partnership_list, name="list"),
    path("<public_slug:slug>/", views.partnership_detail, name="detail"),
]
