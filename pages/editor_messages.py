"""The block editor's own messages (django-content-editor ships no Hebrew
or Arabic translation), marked here so that ``make makemessages`` puts them
in locale/he and locale/ar, where Django finds them for the editor too."""

from django.utils.translation import gettext_noop

EDITOR_MESSAGES = [
    gettext_noop("Add new item"),
    gettext_noop("No items."),
    gettext_noop("No items. Region may inherit content."),
    gettext_noop("No regions available."),
    gettext_noop("No plugins allowed in this region."),
    gettext_noop("New item"),
    gettext_noop("Unknown region"),
    gettext_noop("Collapse all items"),
    gettext_noop("Uncollapse all items"),
    gettext_noop("marked for deletion"),
    gettext_noop("Use Ctrl-Click to select and move multiple items."),
    gettext_noop("Clone from region"),
    gettext_noop("Didn't find anything to clone"),
    gettext_noop("Select all"),
    gettext_noop("Cloning {} plugins succeeded."),
    gettext_noop("Cloning plugins failed: {}"),
]
