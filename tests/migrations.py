"""Take the test database to a point in its migration history, for tests
that show data from an earlier release moving forward (and back)."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets):
    """Migrate to ``targets``, ``(app label, migration name)`` pairs (a name
    of None: none of that app's migrations), and return the models as they
    were at that point."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    applied = [target for target in targets if target[1] is not None]
    return executor.loader.project_state(applied).apps


def migrate_to_the_latest():
    """Every app's latest migration, where the rest of the suite expects the
    database to be."""
    return migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
