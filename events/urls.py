from django.urls import path

from events import feeds, views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    path("past/", views.past_events, name="past"),
    path("<int:year>/<int:month>/", views.event_month, name="month"),
    # Two path segments or more, so that no event slug can hide them.
    path("calendar/all.ics", views.site_calendar, name="calendar"),
    path(
        "calendar/topic/<public_slug:slug>.ics",
        views.topic_calendar,
        name="topic_calendar",
    ),
    path(
        "calendar/department/<public_slug:slug>.ics",
        views.department_calendar,
        name="department_calendar",
    ),
    path("feeds/rss/", feeds.EventFeed(), name="feed_rss"),
    path("preview/<str:token>/", views.event_preview, name="preview"),
    path("<public_slug:slug>/", views.event_detail, name="detail"),
    path("<public_slug:slug>/event.ics", views.event_ics, name="ics"),
]
