"""The site-wide pages, which draw on every app: the home page, the
community departments with their news, robots.txt and the error pages."""

import sys
from datetime import date, datetime
from http import HTTPStatus

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from alerts.models import emergency_mode_of, emergency_numbers
from articles.models import PINNED_TO_HOME_PAGE, Article, first_then_latest
from core.compiled_queries import CompiledQuery
from core.page_cache import cache_public_page
from core.pagination import CompiledRows, paginate
from core.structured_data import emblem_of
from departments.models import CommunityDepartment, ProfessionalNetwork
from municipalities.models import compiled_item_at_slug
from partners.models import spotlight_on_site
from partnerships.models import Delegation
from website.sitemaps import sitemaps_of

# Pages only their holders may open (signed preview links, partners' edit
# links): kept out of search engines in every language.
PRIVATE_URL_NAMES = ["articles:preview", "submissions:edit"]
HOME_ARTICLE_COUNT = 6
HOME_DELEGATION_COUNT = 3
DEPARTMENT_ARTICLE_COUNT = 6
DEPARTMENTS_PER_PAGE = 24

# A department's page, read with queries compiled once per language
# (core.compiled_queries): the department at a slug on a site, its networks
# and its latest news.
DEPARTMENT_AT_SLUG = compiled_item_at_slug(
    lambda: CommunityDepartment.objects.published().select_related(
        "municipality__site__logo", "image"
    )
)
# The departments list: counted, and read a page at a time, from SQL
# compiled once per language.
DEPARTMENT_CARDS = CompiledQuery(
    lambda site_municipality_id: (
        CommunityDepartment.objects.published()
        .on_site_of(site_municipality_id)
        .for_cards()
    ),
    site_municipality_id=int,
)
NETWORKS_OF_DEPARTMENT = CompiledQuery(
    lambda department_id: ProfessionalNetwork.objects.filter(
        **{CommunityDepartment.networks.field.related_query_name(): department_id}
    ),
    department_id=int,
)
NEWS_OF_DEPARTMENT = CompiledQuery(
    lambda department_id, now: (
        Article.objects.published(at=now)
        .for_cards()
        .filter(department=department_id)[:DEPARTMENT_ARTICLE_COUNT]
    ),
    department_id=int,
    now=datetime,
)


def _home_cards(*conditions):
    return lambda municipality_id, now: (
        Article.objects.published(at=now)
        .on_site_of(municipality_id)
        .for_cards()
        .filter(*conditions)[:HOME_ARTICLE_COUNT]
    )


# The home page's reads, compiled once per language: the site's pinned
# articles and its latest, and the next delegation visits (every
# municipality's on the portal). The partner in the spotlight comes from the
# partners app (``spotlight_on_site``).
HOME_PINNED_ARTICLES = CompiledQuery(
    _home_cards(PINNED_TO_HOME_PAGE), municipality_id=int, now=datetime
)
HOME_LATEST_ARTICLES = CompiledQuery(_home_cards(), municipality_id=int, now=datetime)
HOME_DELEGATIONS = CompiledQuery(
    lambda municipality_id, today: Delegation.objects.on_site_of(
        municipality_id
    ).upcoming(on=today)[:HOME_DELEGATION_COUNT],
    municipality_id=int,
    today=date,
)
# What a database that cannot be reached raises (refused, dropped, timed out).
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)


@cache_public_page
def home(request):
    site = request.site
    municipality_id = site.municipality_id
    now = timezone.now()
    today = timezone.localdate(now)
    articles = first_then_latest(
        HOME_PINNED_ARTICLES.run(municipality_id=municipality_id, now=now),
        lambda: HOME_LATEST_ARTICLES.run(municipality_id=municipality_id, now=now),
        HOME_ARTICLE_COUNT,
    )
    return render(
        request,
        "website/home.html",
        {
            "emergency": _emergency_front(site),
            "articles": articles,
            "spotlight": spotlight_on_site(municipality_id, today),
            "delegations": HOME_DELEGATIONS.run(
                municipality_id=municipality_id, today=today
            ),
        },
    )


def _emergency_front(site):
    """What the home page puts first while the site is in emergency mode:
    the numbers to call, the emergency information page and the updates
    staff pinned. None in routine."""
    mode = emergency_mode_of(site)
    if mode is None:
        return None
    return {
        "numbers": emergency_numbers(site),
        "information_page": mode.published_information_page(),
        "updates": mode.pinned_articles(),
    }


def sitemap(request):
    """The sitemap of the site the request came to."""
    return sitemap_views.sitemap(request, sitemaps=sitemaps_of(request.site))


def _private_path_prefixes():
    prefixes = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in PRIVATE_URL_NAMES:
                try:
                    url = reverse(name, kwargs={"token": "TOKEN"})
                except NoReverseMatch:
                    continue
                prefixes.append(url.split("TOKEN", 1)[0])
    return prefixes


@require_GET
@cache_control(max_age=24 * 60 * 60)
def robots_txt(request):
    return render(
        request,
        "website/robots.txt",
        {
            "disallowed": [
                "/admin/",
                "/i18n/",
                "/healthz",
                *_private_path_prefixes(),
            ],
            "sitemap_url": request.build_absolute_uri(
                reverse("django.contrib.sitemaps.views.sitemap")
            ),
        },
        content_type="text/plain; charset=utf-8",
    )


def csrf_failure(request, reason=""):
    """A form sent without its security token (an old tab, blocked
    cookies): explained in the visitor's language, in the site's design."""
    return render(request, "403_csrf.html", status=HTTPStatus.FORBIDDEN)


# Seconds a visitor (or a crawler) is asked to wait when the database is
# unreachable: a restart or a failover takes about that long.
RETRY_AFTER_SECONDS = 30


def server_error(request):
    """The 500 page, drawn without the database or the request's context
    processors (either may be what broke), in all three languages; or, when
    what broke is the database being unreachable (a restart, a failover),
    a 503 in the visitor's language that asks them to come back shortly.
    (Stored pages are still served meanwhile: the page cache answers before
    anything reads the database.)"""
    try:
        stylesheet = static("css/site.css")
    except ValueError:  # a static manifest that lost the file
        stylesheet = None
    if isinstance(sys.exc_info()[1], DATABASE_UNREACHABLE):
        return _database_unreachable(request, stylesheet)
    homes = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            homes[code] = reverse("home")
    return HttpResponseServerError(
        loader.render_to_string("500.html", {"stylesheet": stylesheet, "homes": homes})
    )


def _database_unreachable(request, stylesheet):
    language = (
        translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    )
    with translation.override(language):
        body = loader.render_to_string(
            "503.html", {"stylesheet": stylesheet, "home": reverse("home")}
        )
    response = HttpResponse(body, status=HTTPStatus.SERVICE_UNAVAILABLE)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@cache_public_page(query=["page"])
def department_list(request):
    departments = CompiledRows(
        DEPARTMENT_CARDS, site_municipality_id=request.site.municipality_id
    )
    return render(
        request,
        "website/department_list.html",
        {"page_obj": paginate(request, departments, DEPARTMENTS_PER_PAGE)},
    )


@cache_public_page
def department_detail(request, slug):
    department = DEPARTMENT_AT_SLUG.get_or_404(
        slug=slug, municipality_id=request.site.municipality_id
    )
    department.page_networks = NETWORKS_OF_DEPARTMENT.run(department_id=department.pk)
    articles = NEWS_OF_DEPARTMENT.run(department_id=department.pk, now=timezone.now())
    return render(
        request,
        "website/department_detail.html",
        {
            "department": department,
            "emblem": emblem_of(department.municipality),
            "articles": articles,
        },
    )
