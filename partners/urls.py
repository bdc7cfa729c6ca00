from django.urls import path

from partners import views

app_name = "partners"

urlpatterns = [
    path("", views.partner_directory, name="directory"),
    path("meet-the-partner/", views.spotlight, name="spotlight"),
    # Before the catch-all <slug>/ below, so that no partner's slug can
    # hide them (services.RESERVED_SLUGS keeps such slugs from being made).
    path("submit/", views.partner_submit, name="submit"),
    path("submit/thanks/", views.submission_thanks, name="submit_thanks"),
    path("edit/<str:token>/", views.partner_edit, name="edit"),
    path("<public_slug:slug>/edit-link/", views.edit_link_request, name="edit_link"),
    path(
        "<public_slug:slug>/edit-link/sent/",
        views.edit_link_sent,
        name="edit_link_sent",
    ),
    path("<public_slug:slug>/", views.partner_detail, name="detail"),
]
