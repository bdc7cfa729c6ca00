from django.conf import settings
from django.utils import translation


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
