"""Run the benchmarks: ``python -m bench`` (or ``make bench``) runs all of them;
``python -m bench xapi`` (``make bench-xapi``) only the event seam and xAPI ones."""

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402

from bench import pages, scope, team_scope, xapi_forward, xapi_seam, xapi_store  # noqa: E402


def _in_test_db(*runs) -> None:
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        for run in runs:
            run()
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    only = sys.argv[1:]
    if not only or "xapi" in only:
        # Each on a database of its own: the million-statement store would slow the others.
        _in_test_db(xapi_seam.run)
        _in_test_db(xapi_forward.run)
        _in_test_db(xapi_store.run)
    if not only:
        _in_test_db(scope.run, team_scope.run)
        # A server of its own on a database of its own (bench/pages.py), after the others.
        pages.run([])
