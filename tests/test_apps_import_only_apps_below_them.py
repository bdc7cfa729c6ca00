"""The apps stand in layers, and each imports only the layers below it: a
building block never reaches up into the content that uses it, and no
content app knows about search or the site-wide pages."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

# From the bottom up. Apps on one line may not import each other.
LAYERS = [
    ["core"],
    ["translations"],
    ["municipalities"],
    ["library"],
    ["sites", "departments"],
    ["partners"],
    ["partnerships", "submissions"],
    ["articles"],
    ["events"],
    ["pages"],
    ["alerts"],
    ["search"],
    ["desk", "website"],
    # Development and benchmark tooling, which production never installs.
    ["demo"],
    ["bench"],
]
LAYER_OF = {app: level for level, apps in enumerate(LAYERS) for app in apps}


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in LAYER_OF:
                yield top, node.lineno


def _app_files(app):
    return sorted(
        path
        for path in (Path(settings.BASE_DIR) / app).rglob("*.py")
        if "wagtail_site" not in path.parts
    )


@pytest.mark.parametrize("app", list(LAYER_OF))
def test_an_app_imports_only_apps_below_it(app):
    upward = [
        f"{path.relative_to(settings.BASE_DIR)}:{line} imports {other}"
        for path in _app_files(app)
        for other, line in imported_apps(path)
        if other != app and LAYER_OF[other] >= LAYER_OF[app]
    ]

    assert upward == []


def test_every_app_of_ours_has_a_layer():
    ours = {
        path.parent.name
        for path in Path(settings.BASE_DIR).glob("*/apps.py")
        if path.parent.name != "community_cms"
    }

    assert ours == set(LAYER_OF)


def test_production_installs_no_demo_or_benchmark_app():
    from community_cms.settings import base

    assert not {"demo", "bench"} & set(base.INSTALLED_APPS)
