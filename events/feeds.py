"""The coming events of a site as RSS, for feed readers and neighbouring
sites (calendar applications take the iCalendar feeds)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from events.models import Event

FEED_LENGTH = 30


class EventFeed(Feed):
    def get_object(self, request):
        return request.site

    def title(self, site):
        return gettext("%(site)s: coming events") % {"site": site.name}

    def description(self, site):
        return gettext("What the community departments and their partners run next.")

    def link(self, site):
        return reverse("events:list")

    def items(self, site):
        return list(
            Event.objects.published()
            .on_site(site)
            .filter(last_ends_at__gt=timezone.now())
            .select_related("municipality")
            .order_by("starts_at", "pk")[:FEED_LENGTH]
        )

    def item_title(self, event):
        when = date_format(timezone.localtime(event.starts_at), "SHORT_DATE_FORMAT")
        title = f"{event.title} ({when})"
        if event.is_cancelled:
            return gettext("Cancelled: %(title)s") % {"title": title}
        return title

    def item_description(self, event):
        return event.summary

    def item_pubdate(self, event):
        return event.published_at

    def item_updateddate(self, event):
        return event.updated_at

    def item_guid(self, event):
        return f"event-{event.pk}"

    item_guid_is_permalink = False
