"""Warn when PostgreSQL cannot find Hebrew and Arabic typos: pg_trgm only
takes letters it can classify, and a database whose LC_CTYPE is C (or
POSIX) classifies none outside ASCII, so trigram similarity of Hebrew words
is always zero there. ``migrate`` runs this check."""

from django.core.checks import Tags, Warning, register
from django.db import connections


@register(Tags.database)
def check_database_ctype(app_configs, databases=None, **kwargs):
    warnings = []
    for alias in databases or ():
        connection = connections[alias]
        if connection.vendor != "postgresql":
            continue
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT datctype FROM pg_database WHERE datname = current_database()"
            )
            (ctype,) = cursor.fetchone()
        if ctype.upper() in {"C", "POSIX"}:
            warnings.append(
                Warning(
                    f"Database {alias!r} has LC_CTYPE {ctype!r}: trigram "
                    "matching finds no Hebrew or Arabic typos.",
                    hint=(
                        "Create the database with a UTF-8 locale, e.g. "
                        "createdb --template=template0 --encoding=UTF8 "
                        "--locale=C.UTF-8 (see README, Search)."
                    ),
                    id="search.W001",
                )
            )
    return warnings
