"""Local development: debug on, console email, SQLite unless DATABASE_URL says."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)

# Serve static files straight from the apps, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=True)

# The demo content and accounts (manage.py load_demo); never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
