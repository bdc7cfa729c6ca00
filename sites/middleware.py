from django.http import HttpResponsePermanentRedirect
from django.http.request import split_domain_port

from core.page_cache import NETWORK, municipality_scope
from sites.directory import directory


class CurrentSiteMiddleware:
    """Sets ``request.site``: the site whose host name the request came to.

    A site's other addresses (aliases) answer with a permanent redirect to
    the same path on its own; a host no site claims, but that
    ``ALLOWED_HOSTS`` permits, gets the default site (the portal). Hosts
    outside ``ALLOWED_HOSTS`` never get here: Django answers them 400.

    On a municipality's site every page shows that municipality's content
    and the network's only, and says so to the page cache, so that saves
    in other municipalities leave its stored pages alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        host = request.get_host()
        hostname, port = split_domain_port(host)
        site, redirect = directory().find(hostname)
        if redirect:
            return HttpResponsePermanentRedirect(
                site.absolute_url(
                    request.get_full_path(), scheme=request.scheme, port=port
                )
            )
        request.site = site
        if site.municipality_id is not None:
            request.page_scopes = (municipality_scope(site.municipality_id), NETWORK)
        return self.get_response(request)
