from django.urls import path

from articles import feeds, views

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    # Two path segments, so no article slug can hide a feed.
    path("feeds/rss/", feeds.NewsFeed(), name="feed_rss"),
    path("feeds/atom/", feeds.NewsAtomFeed(), name="feed_atom"),
    path(
        "feeds/municipality/<public_slug:slug>/rss/",
        feeds.MunicipalityNewsFeed(),
        name="municipality_feed_rss",
    ),
    path(
        "feeds/municipality/<public_slug:slug>/atom/",
        feeds.MunicipalityNewsAtomFeed(),
        name="municipality_feed_atom",
    ),
    path(
        "feeds/topic/<public_slug:slug>/rss/",
        feeds.TopicNewsFeed(),
        name="topic_feed_rss",
    ),
    path(
        "feeds/topic/<public_slug:slug>/atom/",
        feeds.TopicNewsAtomFeed(),
        name="topic_feed_atom",
    ),
    path("preview/<str:token>/", views.article_preview, name="preview"),
    path("<public_slug:slug>/", views.article_detail, name="detail"),
]
