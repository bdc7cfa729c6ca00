from django.urls import path

from submissions import views

app_name = "submissions"

# Under /partners/, beside the directory, and included before it: no
# partner's slug can hide these (partners.models.RESERVED_SLUGS).
urlpatterns = [
    path("submit/", views.partner_submit, name="submit"),
    path("submit/thanks/", views.submission_thanks, name="submit_thanks"),
    path("edit/<str:token>/", views.partner_edit, name="edit"),
    path("<public_slug:slug>/edit-link/", views.edit_link_request, name="edit_link"),
    path(
        "<public_slug:slug>/edit-link/sent/",
        views.edit_link_sent,
        name="edit_link_sent",
    ),
]
