"""Run every benchmark: ``python -m bench`` (or ``make bench``)."""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402

from bench import pages, scope, team_scope  # noqa: E402

if __name__ == "__main__":
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        scope.run()
        team_scope.run()
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
    # A server of its own on a database of its own (bench/pages.py), after the others.
    pages.run([])
