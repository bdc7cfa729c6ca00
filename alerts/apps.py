from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = _("Alerts")
    # A new or changed alert changes every page of its sites (core.page_cache).
    public_content = True

    def ready(self):
        # Pages are not kept past an alert's start or end.
        from alerts import schedule, signals  # noqa: F401
        from alerts.models import HIDDEN_ALERTS_COOKIE
        from core.page_cache import personal_cookie

        # Whoever closed a banner gets pages drawn for them.
        personal_cookie(HIDDEN_ALERTS_COOKIE)
