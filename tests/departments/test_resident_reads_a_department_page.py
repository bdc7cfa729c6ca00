import datetime

import pytest
from django.utils import timezone

from departments.models import ProfessionalNetwork
from tests.articles.factories import ArticleFactory
from tests.core.factories import CommunityDepartmentFactory, MunicipalityFactory
from tests.sites.factories import SiteFactory

pytestmark = pytest.mark.django_db


def test_a_department_page_shows_its_networks_and_its_latest_news(client):
    department = CommunityDepartmentFactory(slug="community")
    department.networks.add(
        ProfessionalNetwork.objects.create(
            name_he="פורום מנהלי הקהילה", description_he="שלושים אגפים לומדים יחד."
        )
    )
    ProfessionalNetwork.objects.create(name_he="רשת שהאגף אינו חבר בה")
    now = timezone.now()
    for title, days in (("ידיעה ישנה", 9), ("ידיעה חדשה", 1), ("ידיעה מתוזמנת", -1)):
        ArticleFactory(
            municipality=department.municipality,
            department=department,
            title_he=title,
            published_at=now - datetime.timedelta(days=days),
        )
    ArticleFactory(municipality=department.municipality, title_he="ידיעה של אגף אחר")

    html = client.get(department.get_absolute_url()).content.decode()

    assert "פורום מנהלי הקהילה" in html
    assert "שלושים אגפים לומדים יחד." in html
    assert "רשת שהאגף אינו חבר בה" not in html
    assert html.index("ידיעה חדשה") < html.index("ידיעה ישנה")
    assert "ידיעה מתוזמנת" not in html
    assert "ידיעה של אגף אחר" not in html


def test_a_city_site_does_not_show_another_citys_department(client):
    department = CommunityDepartmentFactory(slug="community")
    SiteFactory(hostname="lod.localhost", municipality=MunicipalityFactory())

    address = department.get_absolute_url()
    assert client.get(address).status_code == 200
    assert client.get(address, HTTP_HOST="lod.localhost").status_code == 404
