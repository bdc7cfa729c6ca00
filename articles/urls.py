from django.urls import path

from articles import views

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("preview/<str:token>/", views.article_preview, name="preview"),
    path("<str:slug>/", views.article_detail, name="detail"),
]
