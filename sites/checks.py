from django.conf import settings
from django.core import checks
from django.db import DatabaseError
from django.http.request import validate_host


@checks.register(checks.Tags.database)
def check_site_hosts_allowed(app_configs, databases=None, **kwargs):
    """A site whose host name ALLOWED_HOSTS does not permit answers 400 to
    every visitor: say so before residents find out. (A database check:
    ``migrate`` and ``check --database default`` run it.)"""
    from sites.models import Site, SiteAlias

    if not databases or "default" not in databases:
        return []
    try:
        hostnames = list(Site.objects.values_list("hostname", flat=True)) + list(
            SiteAlias.objects.values_list("hostname", flat=True)
        )
    except DatabaseError:
        # Not migrated yet: nothing to check.
        return []
    return [
        checks.Warning(
            f"The site address {hostname} is not in ALLOWED_HOSTS: requests to "
            "it are refused with 400.",
            hint="Add it (or a pattern such as .example.org) to ALLOWED_HOSTS.",
            obj=hostname,
            id="sites.W001",
        )
        for hostname in hostnames
        if not validate_host(hostname, settings.ALLOWED_HOSTS)
    ]
