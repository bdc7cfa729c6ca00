"""Querysets that Django builds and compiles once, then runs with new values.

A public page's queries have the same shape on every request: only values
change (the slug in the address, the municipality of the site, the time).
Building such a queryset and compiling it to SQL costs Django more than
PostgreSQL spends planning and running it (the article's own query: about
1.5 ms of Python against 0.1 ms of SQL, with modeltranslation rewriting every
field name for the active language). ``CompiledQuery`` builds the queryset
once per language (and per value left out), with stand-in values, and keeps the
SQL Django compiled; a request then runs that SQL with its own values, and
Django's own iterable turns the rows into model instances (select_related,
prefetch_related and field converters included).

The queryset is still written once, with the models' own querysets, so
their rules (what is published, modeltranslation's fallback language) keep
living in one place: only the compiling is skipped.

What keeps this honest:
* every value that varies must be an argument: the queryset is built twice
  at compile time and must come out the same, so a hidden ``timezone.now()``
  or a value read from elsewhere fails loudly instead of being frozen;
* a value may only change the SQL's parameters, not its text: a value
  left out (None, which drops or changes a filter) gets a compiled query of
  its own, and a value written into the SQL or changed on its way there
  (``contains`` sends "%value%") is refused;
* what ``run`` returns is a list: there is no queryset left to chain a
  filter or a slice onto, which the stored SQL would silently ignore.

A long list (the news) is counted and read a page at a time from the same
compiled query: ``count`` counts its ids, ``run_slice`` adds the page's
bounds to its SQL, and a deep page reads its ids alone (``ids_slice``),
then its rows by id (``run_among_ids``).
"""

import copy
from datetime import UTC, date, datetime

from django.core.exceptions import EmptyResultSet, ImproperlyConfigured
from django.db import connections
from django.http import Http404
from django.utils.translation import get_language

# Stand-ins for the values, one per argument: none of them can occur in real
# content or in the SQL that Django adds itself (negative ids, a date long
# before any article, text in Unicode's private use area).
_TEXT_MARK = "\ue000stand-in"
_STAND_IN_TYPES = {
    int: lambda number: -2_000_000_000 + number,
    str: lambda number: f"{_TEXT_MARK}-{number}\ue000",
    datetime: lambda number: datetime(1901, 1, 1, 0, 0, number, tzinfo=UTC),
    date: lambda number: date(1901, 2, 1 + number),
}


class CompiledQuery:
    """``build(**values)`` returns the queryset, fully formed (sliced,
    ordered); ``values`` names each varying value and its type (``int``,
    ``str`` or ``datetime``)."""

    def __init__(self, build, **values):
        unknown = {name for name, kind in values.items() if kind not in _STAND_IN_TYPES}
        if unknown:
            raise ImproperlyConfigured(f"No stand-in for the values {sorted(unknown)}")
        self.build = build
        self.values = values
        self._compiled = {}

    def run(self, **values):
        """The rows of the queryset with these values, as model instances."""
        return self._compiled_for(values).run(values)

    def count(self, **values):
        """How many rows the queryset has with these values."""
        compiled = self._compiled_for(values, _counted)
        if compiled.sql is None:
            return 0
        with connections[compiled.queryset.db].cursor() as cursor:
            cursor.execute(
                f"SELECT COUNT(*) FROM ({compiled.sql}) AS counted",  # noqa: S608
                compiled.params_for(values),
            )
            return cursor.fetchone()[0]

    def run_slice(self, start, stop, **values):
        """Rows ``start`` to ``stop`` (as in ``[start:stop]``) of the ordered
        queryset with these values, as model instances."""
        compiled = self._compiled_for(values)
        _refuse_unless_sliceable(compiled.queryset)
        return compiled.run(values, bounds=(start, stop))

    def ids_slice(self, start, stop, **values):
        """The primary keys of rows ``start`` to ``stop``: a deep page's ids
        come from the index alone, without the rows skipped before them."""
        return self._compiled_for(values, _ids).run(values, bounds=(start, stop))

    def run_among_ids(self, ids, **values):
        """The rows whose primary keys are among ``ids`` (a page's, read by
        ``ids_slice``), in the queryset's order, as model instances: one
        compiled query per language and number of ids."""
        if not ids:
            return []
        compiled = self._compiled_for(values, id_count=len(ids))
        among = dict(zip(_id_names(len(ids)), ids, strict=True))
        return compiled.run({**values, **among})

    def sql_with_params(self, **values):
        """The SQL compiled once, and its parameters with these values, for
        a query written around it; ``(None, ())`` when it can match
        nothing (Django's ``EmptyResultSet``)."""
        compiled = self._compiled_for(values)
        if compiled.sql is None:
            return None, ()
        return compiled.sql, compiled.params_for(values)

    def _compiled_for(self, values, shape=None, id_count=0):
        if values.keys() != self.values.keys():
            raise TypeError(
                f"Expected the values {sorted(self.values)}, got {sorted(values)}"
            )
        for name, value in values.items():
            kind = self.values[name]
            # A datetime is a date to isinstance, not to the database.
            if value is not None and (
                not isinstance(value, kind)
                or (kind is date and isinstance(value, datetime))
            ):
                raise TypeError(f"{name} must be a {kind.__name__}: {value!r}")
        # A missing value (None) changes the SQL, not only its parameters
        # (``on_site_of(None)``: no filter at all), so it is compiled apart.
        missing = tuple(name for name, value in values.items() if value is None)
        key = (get_language(), missing, shape, id_count)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = self._compile(missing, shape, id_count)
        return compiled

    def get_or_404(self, **values):
        """The first row with these values, or ``Http404`` (as Django's
        ``get_object_or_404``), for a page's own item."""
        found = self.run(**values)
        if not found:
            raise Http404
        return found[0]

    def _compile(self, missing, shape, id_count):
        stand_ins = {
            name: _STAND_IN_TYPES[kind](number)
            for number, (name, kind) in enumerate(self.values.items())
            if name not in missing
        }
        with_missing = {**stand_ins, **dict.fromkeys(missing)}
        among_ids = {
            name: _STAND_IN_TYPES[int](len(self.values) + number)
            for number, name in enumerate(_id_names(id_count))
        }

        def build():
            queryset = self.build(**with_missing)
            if shape is None and not id_count:
                return queryset
            _refuse_unless_sliceable(queryset)
            if shape is not None:
                queryset = shape(queryset)
            if id_count:
                queryset = queryset.filter(pk__in=list(among_ids.values()))
            return queryset

        return _Compiled(build(), build(), {**stand_ins, **among_ids})


class _Compiled:
    """A ``CompiledQuery`` in one language, with some values left out: Django's compiler
    after compiling (which knows how rows become instances), its SQL, and
    where each value goes among the SQL's parameters."""

    def __init__(self, queryset, built_again, stand_ins):
        self.queryset = queryset
        connection = connections[queryset.db]
        self.compiler = queryset.query.get_compiler(connection=connection)
        try:
            self.sql, params = self.compiler.as_sql()
        except EmptyResultSet:
            self.sql, params = None, ()
        try:
            sql_again, params_again = built_again.query.get_compiler(
                connection=connection
            ).as_sql()
        except EmptyResultSet:
            sql_again, params_again = None, ()
        same = (self.sql, tuple(params)) == (sql_again, tuple(params_again))
        if not same:
            raise ImproperlyConfigured(
                "The queryset changes between two builds with the same values: "
                "a value it reads (the time, say) must be one of its arguments."
            )
        self.params = list(params)
        self.adapters = {}
        self.positions = {}
        for name, stand_in in stand_ins.items():
            kind = type(stand_in)
            adapt = _ADAPTERS.get(kind, _unchanged)
            self.adapters[name] = adapt
            expected = adapt(connection, stand_in)
            self.positions[name] = [
                index for index, param in enumerate(params) if param == expected
            ]
            if str(stand_in) in (self.sql or ""):
                raise ImproperlyConfigured(
                    f"The value {name} is written into the SQL instead of "
                    "passed as a parameter."
                )
        for param in params:
            if (
                isinstance(param, str)
                and _TEXT_MARK in param
                and not any(param == stand_in for stand_in in stand_ins.values())
            ):
                raise ImproperlyConfigured(
                    f"A value reaches the SQL changed ({param!r}): only exact "
                    "comparisons take a value from run()."
                )

    def params_for(self, values, connection=None):
        """The SQL's parameters with ``values`` in place of the stand-ins,
        adapted for ``connection`` (the router's pick by default)."""
        connection = connection or connections[self.queryset.db]
        params = list(self.params)
        for name, positions in self.positions.items():
            value = self.adapters[name](connection, values[name])
            for index in positions:
                params[index] = value
        return tuple(params)

    def run(self, values, bounds=None):
        # An empty slice: the SQL would read "no limit" for a limit of 0.
        if self.sql is None or (
            bounds is not None and bounds[1] is not None and bounds[1] <= bounds[0]
        ):
            return []
        # A copy per run, for the database the router picks now (the primary
        # or the replica: the same engine, so the same SQL).
        queryset = self.queryset._clone()
        connection = connections[queryset.db]
        params = self.params_for(values, connection)
        compiler = copy.copy(self.compiler)
        compiler.connection = connection
        compiler.using = queryset.db
        sql = self.sql
        if bounds is not None:
            sql = f"{sql} {connection.ops.limit_offset_sql(*bounds)}"
        compiled = (sql, params)
        # Django's own iterable asks the query for a compiler and the
        # compiler for its SQL: both answer with what was compiled once, so
        # rows become instances exactly as for any queryset.
        compiler.as_sql = lambda *args, **kwargs: compiled
        queryset.query.get_compiler = lambda *args, **kwargs: compiler
        return list(queryset)


def _refuse_unless_sliceable(queryset):
    if queryset.query.is_sliced or not queryset.ordered:
        raise ImproperlyConfigured(
            "Only an ordered queryset with no slice of its own is counted or "
            "read a slice at a time."
        )


def _id_names(count):
    # Not a Python name: no argument of the queryset can be called so.
    return [f"id {number}" for number in range(count)]


def _counted(queryset):
    # Neither order nor related rows change how many there are.
    return queryset.order_by().values("pk")


def _ids(queryset):
    return queryset.values_list("pk", flat=True)


def _unchanged(connection, value):
    return value


def _moment(connection, value):
    return connection.ops.adapt_datetimefield_value(value)


def _day(connection, value):
    return connection.ops.adapt_datefield_value(value)


_ADAPTERS = {datetime: _moment, date: _day}
