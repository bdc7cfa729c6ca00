from django.contrib.syndication.views import Feed
from django.db import DatabaseError
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from alerts.models import (
    HIDDEN_ALERTS_COOKIE,
    Alert,
    alerts_for,
    emergency_mode_of,
    emergency_numbers,
)
from articles.models import Article
from core.page_cache import cache_public_page

# Closed banners stay closed for a week.
HIDDEN_FOR_SECONDS = 7 * 24 * 60 * 60


@require_GET
def hide_alert(request, pk):
    """Close an information banner, without JavaScript: a link that
    remembers the choice in a cookie and goes back to the page."""
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = reverse("home")
    response = HttpResponseRedirect(back)
    alert = Alert.objects.filter(pk=pk).first()
    if alert is not None and alert.may_be_hidden:
        hidden = hidden_alerts(request) | {alert.pk}
        response.set_cookie(
            HIDDEN_ALERTS_COOKIE,
            ".".join(str(number) for number in sorted(hidden)[-50:]),
            max_age=HIDDEN_FOR_SECONDS,
            samesite="Lax",
            secure=request.is_secure(),
            httponly=True,
        )
    return response


def hidden_alerts(request):
    """The ids of the information banners the visitor closed."""
    value = request.COOKIES.get(HIDDEN_ALERTS_COOKIE, "")
    return {int(part) for part in value.split(".") if part.isdigit()}


@require_GET
@cache_control(max_age=5, public=True)
def alerts_json(request):
    """The site's active alerts, for the municipal app and neighbouring
    authorities."""
    return JsonResponse(
        {
            "site": str(request.site.name),
            "alerts": [
                {
                    "id": alert.pk,
                    "level": alert.level,
                    "message": alert.message,
                    "link": request.build_absolute_uri(alert.link_url)
                    if alert.link_url
                    else None,
                    "starts_at": alert.starts_at.isoformat(),
                    "ends_at": alert.ends_at.isoformat() if alert.ends_at else None,
                    "network_wide": alert.municipality_id is None,
                }
                for alert in alerts_for(request.site)
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )


class AlertFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        return request.site

    def title(self, site):
        return gettext("%(site)s: alerts") % {"site": site.name}

    def link(self, site):
        return reverse("home")

    def subtitle(self, site):
        return gettext("Alerts and emergency messages of the site.")

    def items(self, site):
        return alerts_for(site)

    def item_title(self, alert):
        return f"{alert.get_level_display()}: {alert.message}"

    def item_description(self, alert):
        return alert.message

    def item_link(self, alert):
        return alert.link_url or reverse("home")

    def item_guid(self, alert):
        return f"alert-{alert.pk}-{alert.updated_at.timestamp():.0f}"

    def item_pubdate(self, alert):
        return alert.starts_at

    def item_updateddate(self, alert):
        return alert.updated_at


EMERGENCY_UPDATES = 5


@cache_public_page
def emergency_page(request):
    """The light emergency page: the numbers to call, the site's active
    alerts and its latest updates (those staff pinned first), as plain
    HTML with no image, script or stylesheet, for weak phones on congested
    networks. Drawn from what the process holds when the database is away
    (the site, its emergency mode, the alerts), with no updates then."""
    site = request.site
    mode = emergency_mode_of(site)
    try:
        articles = Article.objects.published().on_site(site)
        updates = (
            mode.updates(EMERGENCY_UPDATES)
            if mode is not None
            else articles.for_home(EMERGENCY_UPDATES)
        )
        information_page = mode and mode.published_information_page()
    except DatabaseError:
        updates = information_page = None
    return render(
        request,
        "alerts/emergency.html",
        {
            "alerts": alerts_for(site),
            "numbers": emergency_numbers(site),
            "updates": updates,
            "information_page": information_page,
        },
    )
