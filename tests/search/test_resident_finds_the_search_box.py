"""Every public page has a labelled search box in its header."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_every_page_header_has_a_search_box(client, language):
    with translation.override(language):
        home = reverse("home")
        search = reverse("search:results")

    html = client.get(home).text

    assert (
        f'<form class="site-search" action="{search}" method="get" role="search"'
        in (html)
    )
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'name="q" maxlength="200"' in html
