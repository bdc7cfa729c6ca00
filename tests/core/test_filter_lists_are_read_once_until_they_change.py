import pytest
from django import forms
from django.utils import translation

from articles.forms import ArticleFilterForm
from core.form_fields import LoadedModelChoiceField, QuickSelect
from events.forms import EventFilterForm
from municipalities.models import Municipality
from partners.forms import PartnerDirectoryFilterForm
from tests.articles.factories import TopicFactory
from tests.core.factories import MunicipalityFactory
from tests.partners.factories import (
    FieldOfActionFactory,
    PopulationFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


def test_a_chosen_filter_is_checked_and_drawn_from_one_query(
    django_assert_num_queries,
):
    MunicipalityFactory(slug="rehovot", name_he="רחובות")
    MunicipalityFactory(slug="modiin")
    TopicFactory(slug="youth")

    # One query per list: to check the choice and to draw the options.
    with django_assert_num_queries(2):
        form = ArticleFilterForm({"municipality": "rehovot", "topic": "nope"})
        assert not form.is_valid()
        html = str(form["municipality"]) + str(form["topic"])

    assert form.cleaned_data["municipality"].slug == "rehovot"
    assert "topic" in form.errors
    assert '<option value="rehovot" selected>רחובות</option>' in html
    assert 'aria-invalid="true"' in html

    # The next page asks the process, not the database.
    with django_assert_num_queries(0):
        ArticleFilterForm({"municipality": "modiin"}).is_valid()


def options_of(form, name):
    return [label for value, label in form.fields[name].choices if value]


def test_each_language_lists_in_its_own_alphabetical_order(django_assert_num_queries):
    MunicipalityFactory(slug="a", name_he="א-עיר", name_ar="ي-مدينة")
    MunicipalityFactory(slug="b", name_he="ב-עיר", name_ar="ا-مدينة")

    assert options_of(ArticleFilterForm(), "municipality") == ["א-עיר", "ב-עיר"]
    with translation.override("ar"):
        assert options_of(ArticleFilterForm(), "municipality") == [
            "ا-مدينة",
            "ي-مدينة",
        ]
        with django_assert_num_queries(0):
            ArticleFilterForm()


def test_a_saved_or_deleted_row_is_listed_as_it_now_is(django_assert_num_queries):
    city = MunicipalityFactory(slug="rehovot", name_he="רחובות")
    youth = TopicFactory(slug="youth", name_he="נוער")
    TopicFactory(slug="business", name_he="עסקים")
    ArticleFilterForm()  # both lists read

    city.name_he = "רחובות העיר"
    city.save()
    youth.delete()

    with django_assert_num_queries(2):
        form = ArticleFilterForm({"topic": "youth"})
        assert not form.is_valid()
    assert options_of(form, "municipality") == ["רחובות העיר"]
    assert options_of(form, "topic") == ["עסקים"]


def test_the_partner_directory_lists_labels_as_they_now_are_without_a_query(
    django_assert_num_queries,
):
    education = FieldOfActionFactory(slug="education", name_he="חינוך")
    FieldOfActionFactory(slug="arts", name_he="אמנות")
    RegionFactory(slug="center", name_he="מרכז")
    PartnerDirectoryFilterForm()  # the three lists read

    with django_assert_num_queries(0):
        form = PartnerDirectoryFilterForm({"field": "education", "region": "center"})
        assert form.is_valid()
    assert options_of(form, "field") == ["אמנות", "חינוך"]

    education.name_he = "השכלה"
    education.save()

    with django_assert_num_queries(1):
        form = PartnerDirectoryFilterForm({"field": "education"})
        assert form.is_valid()
    assert options_of(form, "field") == ["אמנות", "השכלה"]
    assert form.cleaned_data["field"].name == "השכלה"


def test_the_events_list_filters_by_the_shared_topics_and_audiences(
    django_assert_num_queries,
):
    TopicFactory(slug="culture", name_he="תרבות")
    youth = PopulationFactory(slug="youth", name_he="נוער")
    PopulationFactory(slug="elderly", name_he="אזרחים ותיקים")
    EventFilterForm()  # both lists read

    with django_assert_num_queries(0):
        form = EventFilterForm({"topic": "culture", "audience": "youth"})
        assert form.is_valid()
    assert options_of(form, "audience") == ["אזרחים ותיקים", "נוער"]
    assert options_of(form, "topic") == ["תרבות"]

    youth.delete()

    with django_assert_num_queries(1):
        form = EventFilterForm({"audience": "youth"})
        assert not form.is_valid()
    assert "audience" in form.errors
    assert options_of(form, "audience") == ["אזרחים ותיקים"]


def test_quick_select_draws_what_djangos_select_draws():
    choices = [("", "All <b>"), ("x", "X & Y"), ("y", "Y")]

    class Form(forms.Form):
        django = forms.ChoiceField(choices=choices, required=False)
        quick = forms.ChoiceField(choices=choices, required=False, widget=QuickSelect)

    form = Form({"django": "x", "quick": "x"})

    def options(html):
        return [line.strip() for line in html.splitlines() if "<option" in line]

    assert options(str(form["quick"])) == options(str(form["django"]))
    assert str(form["quick"]).startswith('<select name="quick" id="id_quick">')


def test_a_shared_list_is_labelled_in_each_language():
    shared = (MunicipalityFactory(slug="rehovot", name_he="רחובות", name_en="Rehovot"),)
    field = LoadedModelChoiceField(
        queryset=Municipality.objects.all(), to_field_name="slug"
    )
    field.set_objects(shared)

    assert field.options() == [("rehovot", "רחובות")]
    with translation.override("en"):
        assert field.options() == [("rehovot", "Rehovot")]
