from django.urls import path

from alerts import views

app_name = "alerts"

urlpatterns = [
    path("alerts/<int:pk>/hide/", views.hide_alert, name="hide"),
    path("alerts.json", views.alerts_json, name="json"),
    path("alerts.atom", views.AlertFeed(), name="atom"),
]
