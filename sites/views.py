from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.views.decorators.http import require_GET

from sites.colours import darken
from sites.directory import public_url_of

# The shade of the primary colour for the header and hovered links.
DARKER_SHADE = 0.3
YEAR = 365 * 24 * 60 * 60


@require_GET
def branding_stylesheet(request):
    """The site's colours as custom properties over site.css's own: a file
    of this site (the content security policy allows no inline style),
    linked with its colours in the address, so that browsers keep it for a
    year and a new colour is a new address."""
    site = request.site
    if not site.has_branding_colours():
        raise Http404
    properties = []
    if site.primary_colour:
        properties += [
            f"--color-brand: {site.primary_colour};",
            f"--color-brand-dark: {darken(site.primary_colour, DARKER_SHADE)};",
        ]
    if site.accent_colour:
        properties.append(f"--color-accent: {site.accent_colour};")
    response = HttpResponse(
        ":root {\n  " + "\n  ".join(properties) + "\n}\n",
        content_type="text/css; charset=utf-8",
    )
    if request.GET.get("v") == site.branding_version:
        response["Cache-Control"] = f"public, max-age={YEAR}, immutable"
    else:
        response["Cache-Control"] = "public, max-age=300"
    return response


def view_on_site(request, content_type_id, object_id):
    """The admin's "view on site": the object's page on the site of its
    municipality, not on the host the admin happens to be open at.
    (Django's own view knows only ``django.contrib.sites``.)"""
    try:
        content_type = ContentType.objects.get_for_id(content_type_id)
        obj = content_type.get_object_for_this_type(pk=object_id)
    except (ObjectDoesNotExist, ValueError, ValidationError) as error:
        raise Http404 from error
    if not hasattr(obj, "get_absolute_url"):
        raise Http404
    return HttpResponseRedirect(public_url_of(obj))
