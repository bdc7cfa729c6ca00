import pytest

from tests.core.factories import MunicipalityFactory


@pytest.fixture
def cities():
    """Two municipalities: staff of the first must not reach the second."""
    return MunicipalityFactory(slug="city-a"), MunicipalityFactory(slug="city-b")
