"""schema.org descriptions of public pages (JSON-LD), for search engines and
the apps that preview shared links.

Each function returns plain data for one kind of page; the template tag
``structured_data`` (core.templatetags.public_tags) writes it into
the page. Text comes in the page's language, with modeltranslation's Hebrew
fallback where a translation is missing.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.request_memo import memoized_on_request
from core.social_images import rendition_url

CONTEXT = "https://schema.org"
DEFAULT_IMAGE = "img/social-default.png"
# Google shows at most this many characters of a headline.
HEADLINE_MAX_LENGTH = 110
# "<", ">" and "&" written as JSON escapes can never close the script
# element or start markup, whatever staff typed.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )


def website(request):
    return {
        "@context": CONTEXT,
        "@type": "WebSite",
        "name": str(request.site.name),
        "url": request.build_absolute_uri("/"),
        "inLanguage": translation.get_language(),
    }


def news_article(article, request):
    """``article`` has read its page's relations (``read_page_relations``)."""
    url = request.build_absolute_uri(article.get_absolute_url())
    publisher = municipality(article.municipality, request, with_emblem=True)
    published = article.published_at
    modified = max(filter(None, [article.updated_at, published]))
    photo = article.image.file if article.image else None
    images = [_absolute(request, photo.url)] if photo else []
    images.append(social_image_url(request, photo))
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": _headline(article.title),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "inLanguage": translation.get_language(),
        "datePublished": _datetime(published),
        "dateModified": _datetime(modified),
        # The byline names an office (the municipal spokesperson), not a
        # person; without one the municipality speaks for itself.
        "author": [
            {"@type": "Organization", "name": article.byline}
            if article.byline
            else publisher
        ],
        "publisher": publisher,
        "image": images,
    }
    if article.lede:
        data["description"] = article.lede
    keywords = [topic.name for topic in article.page_topics]
    if keywords:
        data["keywords"] = keywords
    return data


def municipality(municipality, request, with_emblem=False):
    """``with_emblem`` where the page read the municipality's site and its
    logo with it (``emblem_of``); an organizer named in passing goes
    without."""
    data = {
        "@type": "GovernmentOrganization",
        "name": municipality.name,
        "url": municipality.website or request.build_absolute_uri("/"),
        "address": {"@type": "PostalAddress", "addressCountry": "IL"},
    }
    emblem = emblem_of(municipality) if with_emblem else None
    if emblem:
        data["logo"] = {
            "@type": "ImageObject",
            "url": _absolute(request, emblem.file.url),
        }
    return data


def emblem_of(municipality):
    """A municipality's emblem is its own site's logo, a library image (one
    site each). Pages that show it read both with the municipality
    (``select_related("municipality__site__logo")``); a municipality without
    a site has none."""
    site = getattr(municipality, "site", None)
    return site.logo if site is not None else None


def community_department(department, request):
    data = {
        "@context": CONTEXT,
        "@type": "GovernmentOrganization",
        "name": department.name,
        "url": request.build_absolute_uri(department.get_absolute_url()),
        "parentOrganization": municipality(
            department.municipality, request, with_emblem=True
        ),
        "address": {"@type": "PostalAddress", "addressCountry": "IL"},
    }
    if department.address:
        data["address"]["streetAddress"] = department.address
    if department.mission:
        data["description"] = department.mission
    if department.image:
        data["image"] = _absolute(request, department.image.file.url)
    if department.year_founded:
        data["foundingDate"] = str(department.year_founded)
    if department.website:
        data["sameAs"] = [department.website]
    _add_contact(data, department.email, department.phone)
    return data


PARTNER_TYPES = {
    "ngo": "NGO",
    "government": "GovernmentOrganization",
    "business": "Corporation",
}


def partner_organization(partner, request):
    """``partner`` as its profile reads it: with its labels, the
    municipalities it serves and its members on the site (``page_*``)."""
    data = {
        "@context": CONTEXT,
        "@type": PARTNER_TYPES.get(partner.kind, "Organization"),
        "name": partner.name,
        "url": request.build_absolute_uri(partner.get_absolute_url()),
    }
    if partner.summary:
        data["description"] = partner.summary
    if partner.logo:
        data["logo"] = _absolute(request, partner.logo.file.url)
    if partner.website:
        data["sameAs"] = [partner.website]
    areas = [
        {"@type": "City", "name": place.name} for place in partner.page_municipalities
    ]
    if areas:
        data["areaServed"] = areas
    topics = [field.name for field in partner.card_fields_of_action]
    if topics:
        data["knowsAbout"] = topics
    members = [
        {
            "@type": "Organization",
            "name": member.name,
            "url": request.build_absolute_uri(member.get_absolute_url()),
        }
        for member in partner.page_members
    ]
    if members:
        data["member"] = members
    # Contact details only where the partner agreed to show them.
    if partner.contact_is_public:
        _add_contact(data, partner.contact_email, partner.contact_phone)
    return data


def delegation_events(partnership, request):
    """Every delegation visit of a partnership as an ``Event``: the
    partnership as its page reads it (``page_conveners``,
    ``page_delegations``)."""
    page = request.build_absolute_uri(partnership.get_absolute_url())
    photo = partnership.image.file if partnership.image else None
    image = social_image_url(request, photo)
    organizers = [municipality(partnership.municipality, request)] + [
        {
            "@type": "Organization",
            "name": organization.name,
            "url": request.build_absolute_uri(organization.get_absolute_url()),
        }
        for organization in partnership.page_conveners
    ]
    here = {
        "@type": "Place",
        "name": partnership.municipality.name,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": partnership.municipality.name,
            "addressCountry": "IL",
        },
    }
    abroad = {
        "@type": "Place",
        "name": partnership.partner_city,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": partnership.partner_city,
            "addressCountry": partnership.partner_country,
        },
    }
    events = []
    for delegation in partnership.page_delegations:
        inbound = delegation.direction == delegation.Direction.INBOUND
        event = {
            "@type": "Event",
            "@id": f"{page}#delegation-{delegation.pk}",
            "name": delegation.title,
            "url": f"{page}#delegation-{delegation.pk}",
            "startDate": delegation.starts_on.isoformat(),
            "endDate": delegation.ends_on.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": here if inbound else abroad,
            "organizer": organizers,
            "image": [image],
            "description": delegation.summary
            or partnership.summary
            or partnership.name,
        }
        events.append(event)
    return {"@context": CONTEXT, "@graph": events}


def _add_contact(data, email, phone):
    if email:
        data["email"] = email
    if phone:
        data["telephone"] = phone


def _headline(title):
    if len(title) <= HEADLINE_MAX_LENGTH:
        return title
    return title[: HEADLINE_MAX_LENGTH - 1].rstrip() + "…"


def _datetime(value):
    return timezone.localtime(value).isoformat() if value else None


def _absolute(request, url):
    return request.build_absolute_uri(url)


def social_image_url(request, image, fit="cover"):
    """The absolute URL of ``image``'s rendition for shared links, or of the
    site's default picture."""
    url = None
    if image:
        url = memoized_on_request(
            request,
            ("social_image", image.name, fit),
            lambda: rendition_url(image, fit=fit),
        )
    return _absolute(request, url or static(DEFAULT_IMAGE))


def web_page(page, request):
    """A page staff built (``title``, ``intro``, ``breadcrumbs``: its
    ancestors, root first), with where it sits in the site."""
    url = request.build_absolute_uri(page.get_absolute_url())
    trail = [*page.breadcrumbs, page]
    return {
        "@context": CONTEXT,
        "@graph": [
            {
                "@type": "WebPage",
                "name": page.title,
                "description": page.intro or page.title,
                "url": url,
                "inLanguage": translation.get_language(),
                "dateModified": _datetime(page.updated_at),
            },
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": item.title,
                        "item": request.build_absolute_uri(item.get_absolute_url()),
                    }
                    for position, item in enumerate(trail, start=1)
                ],
            },
        ],
    }
