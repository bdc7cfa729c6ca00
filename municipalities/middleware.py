from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse
from django.utils import translation
from django_otp import user_has_device

from municipalities import tenancy


class AdminLanguageMiddleware:
    """Staff work in Hebrew: the admin ignores the browser's Accept-Language
    (often English on municipal computers) unless staff chose a language
    explicitly through the language cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/") and not request.COOKIES.get(
            settings.LANGUAGE_COOKIE_NAME
        ):
            translation.activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
        return self.get_response(request)


class SecondFactorRequiredMiddleware:
    """Publishers and administrators reach the admin only after proving a
    second factor (a TOTP code): those with no device yet are sent to set
    one up, the others to enter a code."""

    EXEMPT_URL_NAMES = {
        "login",
        "logout",
        "two_factor_setup",
        "two_factor_verify",
        "jsi18n",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "admin" not in match.namespaces:
            return None
        if match.url_name in self.EXEMPT_URL_NAMES:
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if not tenancy.requires_second_factor(user):
            return None
        target = "admin:two_factor_verify"
        if not user_has_device(user, confirmed=True):
            target = "admin:two_factor_setup"
        return redirect_to_login(request.get_full_path(), reverse(target), "next")
