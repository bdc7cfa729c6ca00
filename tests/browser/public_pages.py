"""Every public page type, in every language, with the demo content: what
the accessibility and layout tests visit."""

from urllib.parse import quote

from django.conf import settings
from django.utils import translation

from articles.models import Article
from demo.loader import load_demo
from departments.models import CommunityDepartment
from partners.models import PartnerOrganization
from partnerships.models import Partnership

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# What the search page is shown searching for: a plural, to show singulars.
SEARCH_WORDS = {"he": "משלחות", "ar": "وفد", "en": "delegations"}


def load_demo_site():
    load_demo()


def page_paths(language):
    """``{page type: path}`` of one language. Object pages use the richest
    demo object: an article with a photo and pull quotes, a partner with its
    contact details public, a partnership with visits."""
    article = (
        Article.objects.published()
        .filter(quotes__isnull=False)
        .exclude(image=None)
        .first()
    )
    department = CommunityDepartment.objects.published().first()
    partner = (
        PartnerOrganization.objects.published()
        .filter(contact_is_public=True)
        .exclude(logo=None)
        .first()
    )
    partnership = (
        Partnership.objects.published().filter(delegations__isnull=False).first()
    )
    with translation.override(language):
        return {
            "home": f"/{language}/",
            "news": f"/{language}/news/",
            "news-filter-error": f"/{language}/news/?municipality=nowhere",
            "article": article.get_absolute_url(),
            "departments": f"/{language}/departments/",
            "department": department.get_absolute_url(),
            "partnerships": f"/{language}/partnerships/",
            "partnership": partnership.get_absolute_url(),
            "partner-directory": f"/{language}/partners/",
            "partner": partner.get_absolute_url(),
            "spotlight": f"/{language}/partners/meet-the-partner/",
            "accessibility-statement": f"/{language}/accessibility/",
            "search": f"/{language}/search/?q={quote(SEARCH_WORDS[language])}",
            "not-found": f"/{language}/no-such-page/",
        }
