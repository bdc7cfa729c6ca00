from django.utils import timezone

from alerts.models import coming_alerts
from core.page_cache import scheduled_changes


@scheduled_changes
def next_alert_change():
    """The next moment an alert goes up or comes down: no stored page is
    kept past it."""
    now = timezone.now()
    moments = [
        moment
        for alert in coming_alerts()
        for moment in (alert.starts_at, alert.ends_at)
        if moment is not None and moment > now
    ]
    return min(moments, default=None)
