"""The schema.org ``Event`` of an event's page, for search engines."""

from django.utils import timezone, translation

from core.structured_data import (
    CONTEXT,
    json_ld_script,
    municipality,
    social_image_url,
)

ATTENDANCE = {
    (True, False): "https://schema.org/OfflineEventAttendanceMode",
    (False, True): "https://schema.org/OnlineEventAttendanceMode",
    (True, True): "https://schema.org/MixedEventAttendanceMode",
}


def event_json_ld(event, request):
    """``event`` has read its page's relations (``read_page_relations``)."""
    url = request.build_absolute_uri(event.get_absolute_url())
    upcoming = event.next_occurrences(1)
    shown = upcoming[0] if upcoming else None
    starts_at = shown.starts_at if shown else event.starts_at
    ends_at = shown.ends_at if shown else event.ends_at
    places = []
    if event.venue_name or event.venue_address:
        places.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.venue_address,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": event.venue_address or event.venue_name,
                    "addressLocality": event.municipality.name,
                    "addressCountry": "IL",
                },
            }
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    data = {
        "@context": CONTEXT,
        "@type": "Event",
        "name": event.title,
        "url": url,
        "inLanguage": translation.get_language(),
        "startDate": _when(starts_at, event.all_day),
        "endDate": _when(ends_at, event.all_day),
        "eventStatus": "https://schema.org/EventCancelled"
        if event.is_cancelled
        else "https://schema.org/EventScheduled",
        "eventAttendanceMode": ATTENDANCE.get(
            (bool(event.venue_name or event.venue_address), bool(event.online_url)),
            ATTENDANCE[(True, False)],
        ),
        "location": places or {"@type": "Place", "name": event.municipality.name},
        "organizer": [municipality(event.municipality, request)]
        + [
            {
                "@type": "Organization",
                "name": organiser.name,
                "url": request.build_absolute_uri(organiser.get_absolute_url()),
            }
            for organiser in event.page_organisers
        ],
        "isAccessibleForFree": event.is_free,
        "image": [social_image_url(request, event.image.file if event.image else None)],
    }
    if event.summary:
        data["description"] = event.summary
    if event.registration_url:
        data["offers"] = {
            "@type": "Offer",
            "url": event.registration_url,
            "availability": "https://schema.org/InStock",
            **({"price": 0, "priceCurrency": "ILS"} if event.is_free else {}),
        }
    return json_ld_script(data)


def _when(moment, all_day):
    local = timezone.localtime(moment)
    return local.date().isoformat() if all_day else local.isoformat()
