"""Submit an admin form the way a browser would: with what the page shows."""

from lxml import html


def form_data(response, form_id):
    """The fields of the form ``form_id`` on ``response`` as a browser sends
    them (buttons and files left out), ready for ``client.post``."""
    form = html.fromstring(response.content.decode()).get_element_by_id(form_id)
    data = {}
    for name, value in form.form_values():
        data.setdefault(name, []).append(value)
    return data


# The management form of the article form's pull quotes, for a form sent
# with none: ``{"title_he": …, **NO_QUOTES}``.
NO_QUOTES = {"quotes-TOTAL_FORMS": "0", "quotes-INITIAL_FORMS": "0"}
