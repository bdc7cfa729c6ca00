"""Translators work outside the admin: staff send them a PO file of the
items to translate (each field's Hebrew source and its current translation
into one language, outdated ones marked fuzzy), and load the file they send
back. Written and read by ``polib``.

Reading checks everything before anything is saved: an item that is not
known (or not the staff member's), a Hebrew source that changed since the
export, a translation of rich text whose HTML is broken; any of these and
the file is refused as a whole."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

import polib
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from translations.models import (
    FieldTranslation,
    source_language,
    tracked_fields,
)

# Elements that have no end tag.
VOID_ELEMENTS = {"br", "hr", "img", "input", "meta", "link", "source", "wbr", "col"}


def _context(obj, name):
    return f"{obj._meta.label_lower}:{obj.pk}:{name}"


def _is_html(model, name):
    """The model's rich-text fields (``WorkflowModel.rich_text_fields``)."""
    return name in getattr(model, "rich_text_fields", ())


def export_po(objects, language):
    """The PO text of ``objects`` (of one model) for translation into
    ``language``."""
    objects = list(objects)
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "community_cms",
        "Language": language,
        "Source-Language": source_language(),
        "POT-Creation-Date": timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if not objects:
        return str(catalogue)
    model = type(objects[0])
    outdated = set(
        FieldTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(model),
            object_id__in=[obj.pk for obj in objects],
            language=language,
            outdated=True,
        ).values_list("object_id", "field")
    )
    for obj in objects:
        for name in tracked_fields(model):
            source = getattr(obj, build_localized_fieldname(name, source_language()))
            if not source:
                continue
            entry = polib.POEntry(
                msgctxt=_context(obj, name),
                msgid=source,
                msgstr=getattr(obj, build_localized_fieldname(name, language)) or "",
                comment=f"{obj._meta.verbose_name}: {obj} · {name}"
                + (" · HTML" if _is_html(model, name) else ""),
            )
            if (obj.pk, name) in outdated:
                entry.flags.append("fuzzy")
            catalogue.append(entry)
    return str(catalogue)


@dataclass
class ImportResult:
    """What a translator's file changes: ``{obj: {column: text}}``; and
    what is wrong with it (nothing is saved then)."""

    changes: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)


def read_po(content, language, queryset):
    """Check the PO file ``content`` (bytes) against the items of
    ``queryset`` the staff member may change, for ``language``."""
    result = ImportResult()
    try:
        catalogue = polib.pofile(content.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as error:
        result.problems.append(
            _("The file is not a PO file: %(error)s") % {"error": error}
        )
        return result
    if not [entry for entry in catalogue if not entry.obsolete]:
        result.problems.append(_("The file holds no translations."))
        return result
    declared = catalogue.metadata.get("Language", language)
    if declared and declared != language:
        result.problems.append(
            _("The file is a translation into “%(declared)s”, not “%(language)s”.")
            % {"declared": declared, "language": language}
        )
        return result
    model = queryset.model
    fields = tracked_fields(model)
    wanted = {}
    for entry in catalogue:
        if entry.obsolete:
            continue
        label, _sep, rest = (entry.msgctxt or "").partition(":")
        pk, _sep, name = rest.partition(":")
        if label != model._meta.label_lower or not pk.isdigit() or name not in fields:
            result.problems.append(
                _("Unknown item in the file: “%(context)s”.")
                % {"context": entry.msgctxt or entry.msgid[:40]}
            )
            continue
        wanted.setdefault(int(pk), []).append((name, entry))
    objects = queryset.in_bulk(list(wanted))
    for pk, entries in wanted.items():
        obj = objects.get(pk)
        if obj is None:
            result.problems.append(
                _("Unknown item in the file: %(kind)s number %(pk)s.")
                % {"kind": model._meta.verbose_name, "pk": pk}
            )
            continue
        for name, entry in entries:
            _check_entry(obj, name, entry, language, result)
    if result.problems:
        result.changes = {}
    return result


def _check_entry(obj, name, entry, language, result):
    source = getattr(obj, build_localized_fieldname(name, source_language())) or ""
    where = f"{obj} · {name}"
    if entry.msgid != source:
        result.problems.append(
            _(
                "The Hebrew of %(where)s changed since the file was made: "
                "export it again."
            )
            % {"where": where}
        )
        return
    if not entry.msgstr or "fuzzy" in entry.flags:
        return  # not translated (again) yet: left as it is
    if _is_html(type(obj), name) and (broken := broken_html(entry.msgstr)):
        result.problems.append(
            _("The HTML of %(where)s is broken: %(problem)s")
            % {"where": where, "problem": broken}
        )
        return
    column = build_localized_fieldname(name, language)
    if getattr(obj, column) != entry.msgstr:
        result.changes.setdefault(obj, {})[column] = entry.msgstr


class _TagBalance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []
        self.problem = None

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.open.append(tag)

    def handle_endtag(self, tag):
        if self.problem or tag in VOID_ELEMENTS:
            return
        if not self.open or self.open[-1] != tag:
            self.problem = _("</%(tag)s> closes nothing open") % {"tag": tag}
        else:
            self.open.pop()


def broken_html(html):
    """What is wrong with the nesting of ``html``, or None."""
    parser = _TagBalance()
    parser.feed(html)
    parser.close()
    if parser.problem:
        return parser.problem
    if parser.open:
        return _("<%(tag)s> is never closed") % {"tag": parser.open[-1]}
    if html.count("<") != html.count(">"):
        return _("a tag is cut off")
    return None
