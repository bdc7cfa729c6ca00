from django import forms
from django.utils.translation import gettext_lazy as _

from alerts.models import EmergencyMode
from articles.models import Article
from pages.models import Page


class EmergencyModeForm(forms.ModelForm):
    """Only what residents of the site can open may be put in front of
    them: a published page of the site, published articles it shows."""

    class Meta:
        model = EmergencyMode
        fields = ["site", "is_on", "information_page", "pinned_updates"]

    def clean(self):
        cleaned = super().clean()
        site = cleaned.get("site") or getattr(self.instance, "site", None)
        page = cleaned.get("information_page")
        if page is not None and site is not None:
            if page.site_id != site.pk:
                self.add_error("information_page", _("Choose a page of this site."))
            elif not Page.objects.published().filter(pk=page.pk).exists():
                self.add_error(
                    "information_page",
                    _("The page is not published yet: residents could not open it."),
                )
        updates = cleaned.get("pinned_updates")
        if updates and site is not None:
            shown = set(
                Article.objects.published()
                .on_site(site)
                .filter(pk__in=[article.pk for article in updates])
                .values_list("pk", flat=True)
            )
            hidden = [str(article) for article in updates if article.pk not in shown]
            if hidden:
                self.add_error(
                    "pinned_updates",
                    _(
                        "Only published articles that this site shows can be "
                        "pinned: %(titles)s."
                    )
                    % {"titles": "; ".join(hidden)},
                )
        return cleaned
