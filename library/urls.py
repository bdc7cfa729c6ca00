from django.urls import path

from library import views

app_name = "library"

urlpatterns = [
    path("<int:pk>/<str:name>", views.document_download, name="document"),
]
