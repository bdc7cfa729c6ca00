"""Settings shared by every environment.

Everything that differs between machines is read from the environment here,
in one place; dev.py, test.py and production.py only adjust the defaults.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A developer may keep local values in .env; the real environment wins.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# The one secret that only development may fall back to; production.py
# refuses to start while it is in use.
INSECURE_DEVELOPMENT_SECRET_KEY = "django-insecure-development-only-do-not-deploy"  # noqa: S105

SECRET_KEY = env("SECRET_KEY", default=INSECURE_DEVELOPMENT_SECRET_KEY)
DEBUG = env.bool("DEBUG", default=False)
# Development serves the municipalities' demo sites at <name>.localhost,
# which browsers resolve to this machine.
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["localhost", ".localhost", "127.0.0.1"]
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# ---------------------------------------------------------------- APPS
INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before it.
    "modeltranslation",
    # Our admin site: Django's, plus the two-factor pages.
    "municipalities.apps.CommunityAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # Search: full text and trigram lookups on PostgreSQL; harmless on SQLite.
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    # Django's own widget templates, found through TEMPLATES (FORM_RENDERER).
    "django.forms",
    # Third party
    "django_prose_editor",
    "reversion",
    "reversion_compare",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    # Background work as tasks (Django 6's Tasks, backported), stored in
    # the database and run by `manage.py db_worker`.
    "django_tasks",
    "django_tasks_db",
    # Ours, each importing only those above it.
    "core",
    # Which translations are missing or outdated, per field.
    "translations",
    "municipalities",
    # The image and document library every kind of content chooses from.
    "library",
    # Community departments and the professional networks they belong to.
    "departments",
    # Which site a request is for, and each site's branding and menus.
    "sites",
    "partners",
    "partnerships",
    "submissions",
    "articles",
    # What's on: events, their calendar and iCalendar feeds.
    "events",
    # Pages staff build from blocks, in a tree per site.
    "pages",
    # Alert banners on every page of a site.
    "alerts",
    # After pages, which serves its one script patched for the content
    # security policy (pages/static/content_editor/index.js).
    "content_editor",
    # Reads the content apps above; none of them knows it.
    "search",
    # The admin's front page: what each staff member has to do today.
    "desk",
    # The site-wide pages, which draw on all of them.
    "website",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above the page cache, so that stored pages are sent with the current
    # policy; and above WhiteNoise, so that static files carry it too.
    "csp.middleware.CSPMiddleware",
    # /healthz for load balancers: before the host check, the page cache and
    # everything it reports on.
    "website.health.HealthCheckMiddleware",
    "core.middleware.ReverseProxyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.db_routers.PrimaryDatabaseMiddleware",
    # Serves stored public pages before the session and everything below.
    "core.page_cache.PublicPageCacheMiddleware",
    # Below the page cache (a stored page is stored per host already), so
    # that serving one costs no lookup; redirects a site's other addresses.
    "sites.middleware.CurrentSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "municipalities.middleware.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "municipalities.middleware.SecondFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns lockouts into responses.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "community_cms.urls"
# Widgets are drawn with the templates of TEMPLATES, so templates/ holds the
# few of ours (the library's image chooser) beside every other template.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "community_cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "core.context_processors.site_version",
                "sites.context_processors.current_site",
            ],
        },
    },
]

# ---------------------------------------------------------------- DATABASES
DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    ),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
# A persistent connection is checked before reuse, so a database restart
# costs one reconnect instead of an error page.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Optional read-only replica: public pages read from it, writes and the
# admin use the primary (core/db_routers.py).
if env("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = env.db_url("DATABASE_REPLICA_URL")
    DATABASES["replica"]["CONN_MAX_AGE"] = DATABASES["default"]["CONN_MAX_AGE"]
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    # Tests run against the primary alone.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["core.db_routers.PrimaryReplicaRouter"]
# PostgreSQL takes longer to plan a public page's queries than to run them
# (the article page: about 1.3 ms planning, 0.15 ms running, on 100,000
# articles): with parameters bound by the server, psycopg prepares a query
# run five times on a connection, and PostgreSQL reuses its plan. Turn it off
# (DATABASE_PREPARED_STATEMENTS=False) behind a pooler in transaction mode
# that does not keep prepared statements (PgBouncer before 1.21, or without
# max_prepared_statements).
if env.bool("DATABASE_PREPARED_STATEMENTS", default=True):
    for _database in DATABASES.values():
        if _database["ENGINE"] == "django.db.backends.postgresql":
            _database.setdefault("OPTIONS", {}).update(
                server_side_binding=True, prepare_threshold=5
            )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Opt in now to Django 6's default: a web address typed without a scheme is
# taken as https.
FORMS_URLFIELD_ASSUME_HTTPS = True

# ---------------------------------------------------------------- CACHES
CACHES = {
    "default": env.cache_url("CACHE_URL", default="locmemcache://community-cms"),
    # Rate-limit counters, apart from the pages that could push them out
    # (core/ratelimit.py). In production a Redis that never evicts
    # (deploy/README.md); local memory holds plenty of these small entries.
    "ratelimit": env.cache_url(
        "RATELIMIT_CACHE_URL", default="locmemcache://community-cms-ratelimit"
    ),
    # The site's header, navigation and footer, drawn once per language and
    # version (templates/base.html): their keys carry every version they
    # depend on, read from the shared cache once per request, so each
    # process may keep its own copy, and a page drawn from the database
    # reads them without four round trips to Redis. Also what a key names
    # for good: the social pictures known to exist (core/social_images.py).
    "fragments": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "community-cms-fragments",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
# Redis through Django's own backend, with its client made once (core/cache.py).
for _config in CACHES.values():
    if _config["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
        _config["BACKEND"] = "core.cache.RedisCache"
if CACHES["ratelimit"]["BACKEND"].endswith("LocMemCache"):
    CACHES["ratelimit"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 100_000)
# Public pages are stored for anonymous visitors this many seconds at most
# (0 turns the page cache off); any change to public content clears them at
# once (core/page_cache.py). Browsers keep a page PAGE_MAX_AGE.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_MAX_AGE = env.int("PAGE_MAX_AGE", default=60)
# The number of matches a paginated list shows is kept as long, and cleared
# the same way (core/pagination.py); 0 counts on every request.
PAGINATOR_COUNT_CACHE_SECONDS = env.int("PAGINATOR_COUNT_CACHE_SECONDS", default=600)

# ---------------------------------------------------------------- TASKS
# Work that need not hold up a request (sending email, making renditions,
# re-indexing after a rename) runs as a task, queued once the transaction
# commits (core.tasks.enqueue_on_commit). Tasks are rows in the database,
# so a restart loses none; `manage.py db_worker` runs them (`make run`
# starts one, deploy/community-cms-worker.service in production), and the
# admin lists their results to network administrators.
TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# /healthz reports the task worker behind when a task has waited longer.
HEALTH_TASK_DELAY_SECONDS = env.int("HEALTH_TASK_DELAY_SECONDS", default=300)

# ---------------------------------------------------------------- AUTH
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# Where a login goes when it names no page, or one outside the site.
LOGIN_REDIRECT_URL = "admin:index"
AUTHENTICATION_BACKENDS = [
    # First, so that a locked-out user is refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # Permissions of the editor and publisher roles a user holds somewhere.
    "municipalities.tenancy.MunicipalityRoleBackend",
]
# Staff sessions end after a working day, and when the browser closes.
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Brute-force protection: five failures for one user name from one address
# lock that pair out for a quarter of an hour.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Senders counted as the public forms count them: an IPv6 /64 as one.
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_VERBOSE = False
OTP_TOTP_ISSUER = env("OTP_TOTP_ISSUER", default="Community CMS")

# Apps (labels) whose every permission a network administrator holds.
NETWORK_ADMIN_APPS = [
    "community_cms",
    "library",
    "departments",
    "sites",
    "partners",
    "partnerships",
    "submissions",
    "articles",
    "events",
    "pages",
    "alerts",
    "auth",
    "axes",
    "otp_totp",
    # django_tasks_db's task results: failed background work, for them only.
    "django_tasks_database",
]

# Revisions: the admin's history pages can compare two versions.
ADD_REVERSION_ADMIN = False

# ---------------------------------------------------------------- I18N
# Hebrew is the source language of content and the site's default; English
# is the source language of interface strings (gettext msgids).
LANGUAGE_CODE = "he"
LANGUAGES = [
    ("he", _("Hebrew")),
    ("ar", _("Arabic")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Jerusalem"

MODELTRANSLATION_DEFAULT_LANGUAGE = "he"
# An empty Arabic or English translation falls back to the Hebrew original.
MODELTRANSLATION_FALLBACK_LANGUAGES = ("he",)
# The tabbed translation admin would load jQuery UI from a CDN; serve our own
# copy so the admin works under a strict CSP and staff traffic stays here.
# (modeltranslation reads this setting without its usual prefix.)
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

# ---------------------------------------------------------------- STATIC/MEDIA
STATIC_URL = "static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Where uploads are served from when that is not this site's own origin:
# the content security policy lets pages show images from there.
MEDIA_ORIGIN = None
# Several app servers share uploads through S3-compatible object storage
# when a bucket is named; the keys come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY in the environment, read by boto3 itself.
if env("AWS_STORAGE_BUCKET_NAME", default=""):
    _bucket = env("AWS_STORAGE_BUCKET_NAME")
    _endpoint = env("AWS_S3_ENDPOINT_URL", default=None)
    _custom_domain = env("AWS_S3_CUSTOM_DOMAIN", default=None)
    # The addresses django-storages writes: https on the custom domain, the
    # bucket as a path on another endpoint, else Amazon's bucket host.
    if _custom_domain:
        MEDIA_ORIGIN = f"https://{_custom_domain.split('/')[0]}"
    elif _endpoint:
        MEDIA_ORIGIN = "{0.scheme}://{0.netloc}".format(urlsplit(_endpoint))
    else:
        MEDIA_ORIGIN = f"https://{_bucket}.s3.amazonaws.com"
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": _bucket,
            "endpoint_url": _endpoint,
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "custom_domain": _custom_domain,
            # Media is public: plain addresses that caches can keep.
            "querystring_auth": False,
            "file_overwrite": False,
            # Upload names are random and never reused, so never stale.
            "object_parameters": {
                "CacheControl": "public, max-age=31536000, immutable"
            },
        },
    }
# Uploads larger than this stay on disk instead of in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 10_485_760

# ---------------------------------------------------------------- EDITORIAL
# How long a shared article preview link works, in seconds.
ARTICLE_PREVIEW_MAX_AGE = env.int("ARTICLE_PREVIEW_MAX_AGE", default=3 * 24 * 60 * 60)

# ---------------------------------------------------------------- EMAIL
EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="community@localhost")

# ---------------------------------------------------------------- SECURITY
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# A refused form (missing or stale CSRF token) gets a page in the site's
# design and the visitor's language.
CSRF_FAILURE_VIEW = "website.views.csrf_failure"
# Content Security Policy (django-csp), on every response, the admin's too:
# scripts and styles only from files on this site, never inline, so that
# markup slipped into content cannot run or restyle anything. The admin's
# rich-text editor alone needs more, on the change forms that show it
# (admin_helpers.TranslatedAdmin): its import map, an inline script, carries
# the request's nonce (a page that renders no nonce, such as every public
# page, gets none in its header either), and Tiptap's base stylesheet, which
# it writes into a <style>, is allowed by the hash of its text.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        # Video blocks embed YouTube's privacy-enhanced player, and nothing
        # else may be framed.
        "frame-src": ["https://www.youtube-nocookie.com"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Of Tiptap's base stylesheet in django-prose-editor 0.28's editor.js; a test
# compares it with the installed editor (tests/core/
# test_pages_send_a_content_security_policy.py).
PROSE_EDITOR_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"

# ---------------------------------------------------------------- LOGGING
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    # django-axes reports every reset at INFO; lockouts come as warnings.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Development and the browser tests let Django serve uploads; production
# leaves that to the web server in front of it.
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=False)
# Addresses of the reverse proxies (nginx) in front of the app servers:
# only their X-Real-IP header is believed (core/middleware.py).
TRUSTED_PROXIES = env.list("TRUSTED_PROXIES", default=[])

# ------------------------------------------------------- PARTNER SUBMISSIONS
# Partners send and update their profiles through a public form.
# The public address of the site, for links in emails (edit links, the
# review page for staff). Never taken from the request's Host header.
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000")
# Seconds a mail server may take before sending counts as failed (and is
# retried by a later task, submissions/tasks.py), so a slow server never holds
# up the worker for long.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# Tries in all before a failed email is left for staff to send again.
PARTNER_EMAIL_MAX_ATTEMPTS = env.int("PARTNER_EMAIL_MAX_ATTEMPTS", default=10)
# Spam: a form sent sooner than this after it was shown is refused, and one
# left open longer than the maximum must be sent again.
PARTNER_SUBMISSION_MIN_SECONDS = env.int("PARTNER_SUBMISSION_MIN_SECONDS", default=3)
PARTNER_SUBMISSION_FORM_MAX_AGE = env.int(
    "PARTNER_SUBMISSION_FORM_MAX_AGE", default=24 * 60 * 60
)
# Submissions, and edit-link requests, per sender address per hour.
PARTNER_SUBMISSION_RATE_LIMIT = env.int("PARTNER_SUBMISSION_RATE_LIMIT", default=5)
PARTNER_EDIT_LINK_RATE_LIMIT = env.int("PARTNER_EDIT_LINK_RATE_LIMIT", default=5)
PARTNER_RATE_LIMIT_WINDOW = 60 * 60
# How long an emailed edit link works, in seconds.
PARTNER_EDIT_LINK_MAX_AGE = env.int("PARTNER_EDIT_LINK_MAX_AGE", default=48 * 60 * 60)
# Days a rejected submission is kept before `purge_rejected_submissions`
# deletes it (privacy: keep personal data no longer than needed).
PARTNER_SUBMISSION_RETENTION_DAYS = env.int(
    "PARTNER_SUBMISSION_RETENTION_DAYS", default=90
)
# Logos: file size, pixel count (decompression bombs) and the longest side
# they are scaled down to when saved again. A logo is kept at 1200 pixels
# at most, so 4 megapixels (2000 x 2000) is plenty; decoding costs memory
# and time in proportion to the pixels (at 25 megapixels, 1 s and 230 MB).
PARTNER_LOGO_MAX_BYTES = 5 * 1024 * 1024
PARTNER_LOGO_MAX_PIXELS = 4_000_000
PARTNER_LOGO_MAX_SIDE = 1200
# ------------------------------------------------------- END PARTNER SUBMISSIONS

# ---------------------------------------------------------------- SEARCH
# Hebrew-aware search (search/). On PostgreSQL pg_trgm finds
# mistyped Hebrew and Arabic words only in a database whose LC_CTYPE is a
# UTF-8 locale (with C it sees no letters outside ASCII): the test database
# is created from template0 in UTF-8, taking the cluster's UTF-8 locale, and
# production is created the same way (README; `migrate` warns otherwise).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("TEST", {}).update(
        {"TEMPLATE": "template0", "CHARSET": "UTF8"}
    )
# At most this many of the newest matches are ranked and counted; the page
# says "more than" beyond it.
SEARCH_MAX_RANKED_RESULTS = env.int("SEARCH_MAX_RANKED_RESULTS", default=1000)
# ---------------------------------------------------------------- END SEARCH
