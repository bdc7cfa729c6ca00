"""The three labels the partner directory is filtered by (fields of action,
populations, regions).

The directory's filter form needs the three full lists: each process keeps
them (``SharedRows``) until a label changes. A partner's page needs the
labels of one partner: a UNION of the three relations answers in a single
query, which keeps every public page within its budget of queries. A
partner's labels are kept in a plain attribute of its own
(``profile_labels``), leaving Django's relation caches alone.
"""

from django.conf import settings
from django.db.models import F, Value
from modeltranslation.utils import build_localized_fieldname

from core.compiled_queries import CompiledQuery
from partners.models import (
    ALL_LABELS,
    FieldOfAction,
    PartnerOrganization,
    Population,
    Region,
)

# Relation name on PartnerOrganization -> label model.
TAXONOMIES = {
    "fields_of_action": FieldOfAction,
    "populations": Population,
    "regions": Region,
}


def _label_fields():
    return [
        "id",
        "slug",
        "name",
        *(build_localized_fieldname("name", code) for code, _ in settings.LANGUAGES),
    ]


def _by_name(label):
    # The name in the visitor's language, with the Hebrew fallback.
    return label.name.casefold()


def _labels(rows):
    """Label objects from UNION rows, each list in name order."""
    by_key = {}
    for row in rows:
        relation = row.pop("relation")
        key = (relation, row.pop("partner_id", None))
        label = TAXONOMIES[relation](**{f: row[f"label_{f}"] for f in _label_fields()})
        by_key.setdefault(key, []).append(label)
    for labels in by_key.values():
        labels.sort(key=_by_name)
    return by_key


def _union(querysets):
    first, *others = querysets
    return first.union(*others, all=True)


def all_taxonomies():
    """Every label of the three taxonomies: ``{relation name: [label, ...]}``,
    each list in name order."""
    return {
        relation: sorted(ALL_LABELS[model].all(), key=_by_name)
        for relation, model in TAXONOMIES.items()
    }


def _partner_labels(which):
    """The UNION of the three label relations of the partners ``which``
    (a lookup on the relation's ``partnerorganization``) selects."""
    querysets = []
    for relation, model in TAXONOMIES.items():
        through = getattr(PartnerOrganization, relation).through
        label = model._meta.model_name
        querysets.append(
            through.objects.filter(**which)
            .order_by()
            .values(
                relation=Value(relation),
                partner_id=F("partnerorganization_id"),
                **{f"label_{f}": F(f"{label}__{f}") for f in _label_fields()},
            )
        )
    return _union(querysets)


# One partner's labels, for its profile: compiled once per language.
LABELS_OF_PARTNER = CompiledQuery(
    lambda partner_id: _partner_labels({"partnerorganization": partner_id}),
    partner_id=int,
)


def prefetch_taxonomies(partners):
    """Read the labels of ``partners``' three relations in one query (where
    ``prefetch_related`` would take three) into
    ``partner.profile_labels[relation]``, which a profile shows."""
    partners = [partner for partner in partners if partner is not None]
    if not partners:
        return
    if len(partners) == 1:
        rows = LABELS_OF_PARTNER.run(partner_id=partners[0].pk)
    else:
        ids = [partner.pk for partner in partners]
        rows = _partner_labels({"partnerorganization__in": ids})
    by_key = _labels(rows)
    for partner in partners:
        partner.profile_labels = {
            relation: by_key.get((relation, partner.pk), []) for relation in TAXONOMIES
        }
