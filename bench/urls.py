"""The site's own addresses, and /bench/constant/: a view that returns the
same bytes every time, through the whole middleware stack. It is the
ceiling for any Django page on this machine."""

from django.http import HttpResponse
from django.urls import path

from community_cms.urls import urlpatterns as site_urlpatterns

# About the size of a rendered article page.
CONSTANT_PAGE = (
    b"<!DOCTYPE html><html lang='he' dir='rtl'><title>bench</title><body><p>"
    + b"x" * 18_000
    + b"</p></body></html>"
)


def constant(request):
    return HttpResponse(CONSTANT_PAGE)


urlpatterns = [path("bench/constant/", constant), *site_urlpatterns]
