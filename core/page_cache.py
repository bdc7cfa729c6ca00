"""Whole public pages cached for anonymous visitors, and kept correct.

A view opts in with ``@cache_public_page``. Its page is then stored, for
``PAGE_CACHE_SECONDS``, in the default cache (local memory, or Redis when
``CACHE_URL`` says so), and served to the next anonymous visitor without
running the view, the session, authentication or any SQL.

Correctness rests on three rules:

* Only what every visitor would see is stored: a GET or HEAD without a
  session cookie (staff are never served a stored page, so they see their
  changes at once), with only query parameters the view reads, answered
  with 200 by an opted-in view, with no cookie set, no CSRF token
  rendered, no session read, and nothing marking it private. Preview
  pages and forms never opt in, and the checks catch a form rendered by
  mistake: a CSRF token is always a cookie.
* Every stored page names the *scopes* it was drawn from, with each
  scope's *version*: a random token replaced (not incremented, so an
  evicted token can never come back) when content of that scope is saved
  or deleted, once the transaction commits. A page whose versions are no
  longer current is drawn again. Most pages show content of every
  municipality and depend on ``ANY``, which every save replaces; a page
  that shows one municipality's content (an article) says so
  (``page_shows_municipality``) and survives saves elsewhere. A model
  tells its municipality through ``municipality_path``; content without
  one (partners, topics, labels) is the network's, shown beside every
  municipality's.
* Some pages change with no save at all: a scheduled article goes live at
  its time, upcoming visits and spotlights change at midnight. No page is
  kept past the next such moment.

Local memory is per process: with several workers, set ``CACHE_URL`` to
Redis so that a change seen by one worker clears the pages of all of them
(``manage.py check --deploy`` warns otherwise).
"""

import hashlib
import time
from datetime import datetime, timedelta
from functools import partial, wraps

from django.apps import apps
from django.conf import settings
from django.core import checks
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_migrate,
    post_save,
    pre_save,
)
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe

from core import shared_memo
from core.models import id_at_path

NEXT_CHANGE_KEY = "pagecache:next-change"

# The scopes pages are drawn from. Every save replaces ANY; content of a
# municipality replaces its own scope too, content of none NETWORK. EPOCH
# changes only with the code and settings (migrate, a setting in a test).
ANY = "any"
NETWORK = "network"
EPOCH = "epoch"


def _scope_key(scope):
    return f"pagecache:scope:{scope}"


# What a page drawn from the database reads of them (the token of its
# fragments, the key of its cached count) comes in the request's one
# round trip to the shared cache.
for _scope in (ANY, EPOCH):
    shared_memo.read_with_every_request(_scope_key(_scope))


def municipality_scope(municipality_id):
    return f"municipality:{municipality_id}"


def page_shows_municipality(request, municipality_id):
    """Say that the page being drawn shows content of this municipality
    and of the network only, so that saves in other municipalities leave
    it stored."""
    request.page_scopes = (municipality_scope(municipality_id), NETWORK)


# What pages show is declared where it lives: an app whose config says
# ``public_content = True`` has its saves clear the pages, except for models
# that say ``staff_only = True``; a model added later errs on the side of a
# fresh page. Apps whose content goes public at a set time (a scheduled
# article) register a function that says when (``scheduled_changes``).
_scheduled_change_sources = []


def scheduled_changes(source):
    """Register ``source``, a function returning the next moment (an aware
    datetime, or None) at which public pages change without a save."""
    _scheduled_change_sources.append(source)
    return source


def cache_public_page(view=None, *, query=()):
    """Let anonymous visitors be served this view's page from the cache.

    Only for pages that are the same for every visitor: never a form, a
    preview, or anything that depends on the session.

    ``query`` names the query-string parameters the page reads (``page``,
    its filters). A request carrying any other is answered but not stored:
    made-up parameters (``?x=1``, ``?x=2``…) would otherwise store the same
    page again and again, pushing the real pages out of the cache.
    """
    if view is None:
        return partial(cache_public_page, query=query)
    parameters = frozenset(query)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.public_page_cacheable = True
        request.public_page_parameters = parameters
        return view(request, *args, **kwargs)

    return wrapper


class PublicPageCacheMiddleware:
    """Serves and stores the pages of ``@cache_public_page`` views.

    Placed near the top of MIDDLEWARE (after the security and static-file
    middleware), so a stored page skips everything below it, and a page is
    stored only once every middleware has had its say (cookies, Vary)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not _is_anonymous_read(request):
            response = self.get_response(request)
            if getattr(request, "public_page_cacheable", False) and not (
                response.has_header("Cache-Control")
            ):
                # A logged-in user's copy must not be kept by the browser:
                # after publishing, they expect to see the change.
                add_never_cache_headers(response)
            return response
        if seconds <= 0:
            return self.get_response(request)

        key = _page_key(request)
        stored = cache.get(key)
        if stored is not None:
            versions, frozen = stored
            if scope_versions(versions) == versions:
                return _conditional(request, _thaw(frozen))

        before = scope_versions([ANY])
        response = self.get_response(request)
        if _may_store(request, response):
            timeout = min(seconds, seconds_until_next_change())
            scopes = getattr(request, "page_scopes", ())
            versions = scope_versions([ANY, *scopes])
            # Every save replaces ANY first: unchanged, nothing was saved
            # while the page was drawn, and its scopes' versions are the
            # ones it was drawn with.
            if timeout > 0 and versions[ANY] == before[ANY]:
                if scopes:
                    del versions[ANY]
                _add_caching_headers(response, min(timeout, settings.PAGE_MAX_AGE))
                cache.set(key, (versions, _freeze(response)), timeout)
                return _conditional(request, response)
        return response


def scope_versions(scopes):
    """``{scope: version}`` for ``scopes`` and EPOCH, in one cache read; a
    version missing (first use, or evicted) is made, which leaves every
    page stored under the old one stale."""
    keys = {_scope_key(scope): scope for scope in {EPOCH, *scopes}}
    found = cache.get_many(list(keys))
    for key in keys.keys() - found.keys():
        found[key] = shared_memo.made_version(key)
    return {keys[key]: version for key, version in found.items()}


def content_version():
    """A token replaced whenever any public content changes: for what
    depends on all of it (the counts of long lists). Read once per request."""
    return shared_memo.version(_scope_key(ANY))


def drawing_version():
    """A token replaced when the code or the settings change (every
    deployment migrates): for fragments that show no content. Read once
    per request."""
    return shared_memo.version(_scope_key(EPOCH))


def content_changed(scopes=()):
    """Make the stored pages of ``scopes`` stale, and those that depend on
    all content. Called after public content changes."""
    # ANY first: a page drawn meanwhile is then never stored under the
    # new version of its scope (see the middleware).
    for scope in (ANY, *scopes):
        shared_memo.replace_version(_scope_key(scope))
    cache.set(NEXT_CHANGE_KEY, _next_scheduled_change(), timeout=None)


def everything_changed():
    """Make every stored page and fragment stale: new code, new settings,
    content written behind the signals' back."""
    content_changed([EPOCH, NETWORK])


def seconds_until_next_change():
    """Seconds until pages change with no save: a scheduled article's time,
    or the next midnight. Kept in the cache; recomputed when it has passed."""
    now = time.time()
    next_change = cache.get(NEXT_CHANGE_KEY)
    if next_change is None or next_change <= now:
        next_change = _next_scheduled_change()
        cache.set(NEXT_CHANGE_KEY, next_change, timeout=None)
    return int(next_change - now)


def _next_scheduled_change():
    now = timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    midnight = timezone.make_aware(datetime.combine(tomorrow, datetime.min.time()))
    moments = [source() for source in _scheduled_change_sources]
    return min([midnight, *(moment for moment in moments if moment)]).timestamp()


# Cookies that make a page the visitor's own (besides the session): a
# request carrying one is answered by the view, never from the store.
_personal_cookies = set()


def personal_cookie(name):
    """Register a cookie that changes what a page shows to its holder (an
    alert they dismissed): their pages are drawn for them."""
    _personal_cookies.add(name)
    return name


def _is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not _personal_cookies.intersection(request.COOKIES)
    )


def _page_key(request):
    # The absolute address holds the scheme, the host and the query string;
    # the language is the path's prefix.
    address = hashlib.md5(  # noqa: S324 - a cache key, not a secret
        request.build_absolute_uri().encode()
    ).hexdigest()
    return f"pagecache:page:{address}"


def _may_store(request, response):
    if not getattr(request, "public_page_cacheable", False):
        return False
    if not set(request.GET) <= request.public_page_parameters:
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    # A rendered CSRF token, or any use of the session (which adds
    # "Vary: Cookie"), makes the page the visitor's own.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    # A page that varies with the browser's language (no language prefix)
    # would need the language in its key.
    vary = {v.lower() for v in cc_delim_re.split(response.get("Vary", "")) if v}
    if vary & {"cookie", "accept-language", "*"}:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store"))


def _add_caching_headers(response, max_age):
    patch_cache_control(response, public=True, max_age=max_age)
    # Browsers and shared caches must not give a stored anonymous copy to
    # someone who has since logged in.
    patch_vary_headers(response, ["Cookie"])
    set_response_etag(response)
    response["Last-Modified"] = http_date()


def _conditional(request, response):
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
        response=response,
    )


def _freeze(response):
    return (response.status_code, list(response.items()), response.content)


def _thaw(stored):
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


# ---------------------------------------------------------------- signals


def _changes_public_pages(model):
    # A many-to-many table belongs to the model that declares the relation.
    owner = model._meta.auto_created or model
    try:
        app_config = apps.get_app_config(owner._meta.app_label)
    except LookupError:
        # Django's own bookkeeping, such as the table of applied migrations.
        return False
    return getattr(app_config, "public_content", False) and not getattr(
        owner, "staff_only", False
    )


@receiver(pre_save, dispatch_uid="page_cache_saving")
def _content_saving(sender, instance, raw=False, **kwargs):
    # Content moved to another municipality leaves the pages of the one it
    # was in too: read where it was before the save writes over it.
    path = getattr(sender, "municipality_path", None)
    if raw or not path or instance.pk is None or not _changes_public_pages(sender):
        return
    instance._page_cache_previous_scope = (
        sender._base_manager.filter(pk=instance.pk).values_list(path, flat=True).first()
    )


@receiver(post_save, dispatch_uid="page_cache_saved")
@receiver(post_delete, dispatch_uid="page_cache_deleted")
def _content_saved(sender, instance, using, **kwargs):
    if _changes_public_pages(sender):
        content_changed_on_commit(using, _scopes_of(instance))


@receiver(m2m_changed, dispatch_uid="page_cache_m2m_changed")
def _relations_changed(sender, instance, action, using, **kwargs):
    if action.startswith("post_") and _changes_public_pages(sender):
        content_changed_on_commit(using, _scopes_of(instance))


def content_changed_on_commit(using=None, scopes=()):
    """Make the stored pages of ``scopes`` (and those that depend on all
    content) stale once the current transaction commits: a page drawn
    before the commit would otherwise be stored under the new versions,
    with the old content."""
    transaction.on_commit(partial(content_changed, scopes), using=using)


def _scopes_of(instance):
    """The scopes whose pages show ``instance``: its municipality's (and
    the one it was in before this save), or the network's."""
    path = getattr(type(instance), "municipality_path", None)
    owner = id_at_path(instance, path) if path else None
    # Content of no municipality (a partner, a network-wide alert) is the
    # network's, which every site shows.
    scopes = {municipality_scope(owner) if owner is not None else NETWORK}
    previous = getattr(instance, "_page_cache_previous_scope", None)
    if previous is not None:
        scopes.add(municipality_scope(previous))
    return sorted(scopes)


# Settings that change how pages are drawn.
DRAWING_SETTINGS = {
    "STATIC_URL", "STORAGES", "MEDIA_URL", "LANGUAGES", "ROOT_URLCONF", "TEMPLATES",
}  # fmt: skip


@receiver(setting_changed, dispatch_uid="page_cache_settings_changed")
def _settings_changed(setting, **kwargs):
    # Only tests change settings while running: what was drawn under the
    # old ones (static file names, languages) must not be served. (Not on a
    # change of CACHES itself: the cache named there need not exist.)
    if setting in DRAWING_SETTINGS:
        everything_changed()


@receiver(post_migrate, dispatch_uid="page_cache_migrated")
def _schema_migrated(sender, **kwargs):
    # A deployment runs migrate: start it with fresh pages.
    if sender.label == "community_cms":
        everything_changed()


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.PAGE_CACHE_SECONDS > 0 and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "Public pages are cached in local memory, which each worker "
                "process keeps for itself: a change clears the pages of the "
                "process that saved it only.",
                hint="Set CACHE_URL to a Redis server (redis://...).",
                id="community_cms.W001",
            )
        ]
    return []
