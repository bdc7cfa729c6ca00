import datetime

import factory
from django.contrib.auth import get_user_model

from core.models import PublicationStatus
from departments.models import CommunityDepartment
from municipalities.models import (
    AccessibilityStatement,
    Municipality,
    StaffMembership,
    StaffRole,
)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    is_staff = True
    password = factory.django.Password("a-long-test-password-123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"עיריית בדיקה {n}")
    name_ar = factory.Sequence(lambda n: f"بلدية تجربة {n}")
    name_en = factory.Sequence(lambda n: f"Test City {n}")
    slug = factory.Sequence(lambda n: f"city-{n}")

    class Meta:
        model = Municipality


class CommunityDepartmentFactory(factory.django.DjangoModelFactory):
    municipality = factory.SubFactory(MunicipalityFactory)
    name_he = factory.Sequence(lambda n: f"אגף קהילה {n}")
    name_ar = factory.Sequence(lambda n: f"قسم المجتمع {n}")
    name_en = factory.Sequence(lambda n: f"Community Department {n}")
    head_name_he = "נועה לוי"
    head_title_he = "מנהלת אגף הקהילה"
    mission_he = "לחבר בין התושבים לבין העירייה."
    services_he = "ליווי ועדי שכונות\nהתנדבות"
    year_founded = 2012
    status = PublicationStatus.PUBLISHED

    class Meta:
        model = CommunityDepartment


class StaffMembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = StaffRole.EDITOR

    class Meta:
        model = StaffMembership


def staff_member(municipality, role=StaffRole.EDITOR, **user_fields):
    """A staff user with ``role`` in ``municipality``."""
    user = UserFactory(**user_fields)
    StaffMembershipFactory(user=user, municipality=municipality, role=role)
    return user


class AccessibilityStatementFactory(factory.django.DjangoModelFactory):
    municipality = factory.SubFactory(MunicipalityFactory)
    standard_he = "תקן ישראלי 5568 ברמה AA"
    accessible_features_he = "ניווט במקלדת\nהתאמה לקוראי מסך"
    accessible_features_en = "Keyboard navigation\nScreen reader support"
    known_exceptions_he = "קובצי PDF ישנים"
    coordinator_name_he = "מיכל אברהמי"
    coordinator_name_en = "Michal Avrahami"
    coordinator_phone = "08-9392000"
    coordinator_email = "negishut@example.org"
    last_reviewed = datetime.date(2026, 3, 1)

    class Meta:
        model = AccessibilityStatement
