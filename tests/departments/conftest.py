# Two cities with sites of their own, beside the portal.
from tests.sites.conftest import cities, portal  # noqa: F401
