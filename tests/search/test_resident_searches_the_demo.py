"""The demo site answers the searches a resident would try."""

import pytest

from tests.search.conftest import titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    [
        "ובמשלחת",  # prefixes
        "הַמִּשְׁלַחַת",  # niqqud
        "משללחת",  # a typo
        "משלחות",  # the plural
    ],
)
def test_delegations_are_found_however_the_word_is_typed(search_page, demo_site, typed):
    found = titles(search_page(typed))

    assert found
    # The same items; their order may differ, as ranking weighs the forms.
    assert sorted(found) == sorted(titles(search_page("משלחת")))


def test_the_demo_is_searchable_in_every_language(search_page, demo_site):
    assert titles(search_page("وفد", language="ar"))
    assert titles(search_page("delegation", language="en"))
