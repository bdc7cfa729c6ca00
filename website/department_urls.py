from django.urls import path

from website import views

app_name = "departments"

urlpatterns = [
    path("", views.department_list, name="list"),
    path("<public_slug:slug>/", views.department_detail, name="detail"),
]
