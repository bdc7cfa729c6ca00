"""RSS and Atom feeds of the news: all of it, one municipality's, one
topic's. Published articles only, newest first, in the visitor's language."""

from dataclasses import dataclass
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


@dataclass
class FeedScope:
    """What a feed is of: the news of the site it was asked for on, and of
    one municipality or topic when the address names one."""

    site: object
    subject: object = None


class NewsFeed(Feed):
    """All the news of the site. Subclasses narrow it with ``filter`` and
    name their own address in ``url_name`` and ``url_kwargs``."""

    url_name = "articles:feed_rss"

    def get_object(self, request):
        return FeedScope(request.site)

    def title(self, scope):
        return gettext("%(site)s: news") % {"site": scope.site.name}

    def description(self, scope):
        return gettext("News from municipal community departments and their partners.")

    def link(self, scope):
        return reverse("articles:list")

    def feed_url(self, scope):
        return reverse(self.url_name, kwargs=self.url_kwargs(scope))

    def url_kwargs(self, scope):
        return {}

    def filter(self, queryset, scope):
        return queryset

    def items(self, scope):
        articles = (
            Article.objects.published()
            .on_site(scope.site)
            .for_listing()
            .prefetch_related(
                Prefetch("topics", queryset=Topic.objects.order_by("name"))
            )
        )
        return self.filter(articles, scope)[:FEED_LENGTH]

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
        # Another municipality's feed is not this site's.
        site = request.site
        municipality = get_object_or_404(Municipality.objects.on_site(site), slug=slug)
        return FeedScope(site, municipality)

    def title(self, scope):
        return gettext("%(municipality)s: news") % {"municipality": scope.subject.name}

    def description(self, scope):
        return gettext("News from %(municipality)s.") % {
            "municipality": scope.subject.name
        }

    def link(self, scope):
        query = urlencode({"municipality": scope.subject.slug})
        return f"{reverse('articles:list')}?{query}"

    def url_kwargs(self, scope):
        return {"slug": scope.subject.slug}

    def filter(self, queryset, scope):
        return queryset.filter(municipality=scope.subject)


class TopicNewsFeed(NewsFeed):
    url_name = "articles:topic_feed_rss"

    def get_object(self, request, slug):
        return FeedScope(request.site, get_object_or_404(Topic, slug=slug))

    def title(self, scope):
        return gettext("News about %(topic)s") % {"topic": scope.subject.name}

    def description(self, scope):
        return gettext("News about %(topic)s from the community departments.") % {
            "topic": scope.subject.name
        }

    def link(self, scope):
        return f"{reverse('articles:list')}?{urlencode({'topic': scope.subject.slug})}"

    def url_kwargs(self, scope):
        return {"slug": scope.subject.slug}

    def filter(self, queryset, scope):
        return queryset.filter(topics=scope.subject)


class AtomFeedMixin:
    feed_type = Atom1Feed

    def subtitle(self, scope):
        return self.description(scope)


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    url_name = "articles:feed_atom"


class MunicipalityNewsAtomFeed(AtomFeedMixin, MunicipalityNewsFeed):
    url_name = "articles:municipality_feed_atom"


class TopicNewsAtomFeed(AtomFeedMixin, TopicNewsFeed):
    url_name = "articles:topic_feed_atom"
