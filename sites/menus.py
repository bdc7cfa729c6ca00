"""What a menu link can point at besides the sections named in
``SECTION_CHOICES``: apps above this one (pages) register the pages of a
site they offer, under a key prefix of their own ("page:12"). The menus
know no other app by name."""

_providers = {}


def menu_targets(prefix):
    """Register the decorated class as the provider of menu targets whose
    keys start with ``prefix:``. It offers ``choices(site)`` (``[(key,
    label)]``) and ``href(key, site)`` (the address in the active
    language, or None when the target is gone or not public)."""

    def register(provider):
        _providers[prefix] = provider()
        return provider

    return register


def provided_choices(site):
    return [
        choice for provider in _providers.values() for choice in provider.choices(site)
    ]


def provided_href(key, site):
    prefix = key.split(":", 1)[0]
    provider = _providers.get(prefix)
    return provider.href(key, site) if provider is not None else None


def is_provided(key):
    return key.split(":", 1)[0] in _providers
