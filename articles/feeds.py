"""RSS and Atom feeds of the news: all of it, one municipality's, one
topic's. Published articles only, newest first, in the visitor's language."""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext

from articles.models import Article, Topic
from municipalities.models import Municipality

FEED_LENGTH = 30


class NewsFeed(Feed):
    """All the news. Subclasses narrow it with ``filter`` and name their own
    address in ``url_name`` and ``url_kwargs``."""

    url_name = "articles:feed_rss"

    def title(self, obj):
        return gettext("Community in the city: news")

    def description(self, obj):
        return gettext("News from municipal community departments and their partners.")

    def link(self, obj):
        return reverse("articles:list")

    def feed_url(self, obj):
        return reverse(self.url_name, kwargs=self.url_kwargs(obj))

    def url_kwargs(self, obj):
        return {}

    def filter(self, queryset, obj):
        return queryset

    def items(self, obj):
        articles = (
            Article.objects.published()
            .for_listing()
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name"))
            )
        )
        return self.filter(articles, obj)[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lede

    def item_link(self, article):
        return article.get_absolute_url()

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return max(article.updated_at, article.published_at)

    def item_author_name(self, article):
        return article.byline or article.municipality.name

    def item_categories(self, article):
        return [topic.name for topic in article.topics.all()]


class MunicipalityNewsFeed(NewsFeed):
    url_name = "articles:municipality_feed_rss"

    def get_object(self, request, slug):
        return get_object_or_404(Municipality, slug=slug)

    def title(self, municipality):
        return gettext("%(municipality)s: news") % {"municipality": municipality.name}

    def description(self, municipality):
        return gettext("News from %(municipality)s.") % {
            "municipality": municipality.name
        }

    def link(self, municipality):
        query = urlencode({"municipality": municipality.slug})
        return f"{reverse('articles:list')}?{query}"

    def url_kwargs(self, municipality):
        return {"slug": municipality.slug}

    def filter(self, queryset, municipality):
        return queryset.filter(municipality=municipality)


class TopicNewsFeed(NewsFeed):
    url_name = "articles:topic_feed_rss"

    def get_object(self, request, slug):
        return get_object_or_404(Topic, slug=slug)

    def title(self, topic):
        return gettext("News about %(topic)s") % {"topic": topic.name}

    def description(self, topic):
        return gettext("News about %(topic)s from the community departments.") % {
            "topic": topic.name
        }

    def link(self, topic):
        return f"{reverse('articles:list')}?{urlencode({'topic': topic.slug})}"

    def url_kwargs(self, topic):
        return {"slug": topic.slug}

    def filter(self, queryset, topic):
        return queryset.filter(topics=topic)


class AtomFeedMixin:
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    url_name = "articles:feed_atom"


class MunicipalityNewsAtomFeed(AtomFeedMixin, MunicipalityNewsFeed):
    url_name = "articles:municipality_feed_atom"


class TopicNewsAtomFeed(AtomFeedMixin, TopicNewsFeed):
    url_name = "articles:topic_feed_atom"
