from django import template

from alerts.models import alerts_for, emergency_mode_of
from alerts.views import hidden_alerts

register = template.Library()


@register.inclusion_tag("alerts/banners.html", takes_context=True)
def alert_banners(context):
    request = context.get("request")
    site = getattr(request, "site", None)
    if request is None:
        return {"alerts": []}
    return {
        "alerts": alerts_for(site, hidden=hidden_alerts(request)),
        "back": request.get_full_path(),
    }


@register.simple_tag(takes_context=True)
def in_emergency_mode(context):
    """Whether the request's site is in emergency mode (no query)."""
    request = context.get("request")
    return emergency_mode_of(getattr(request, "site", None)) is not None
