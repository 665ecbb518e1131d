"""Benchmarks. `make bench` runs them; each prints its figures as ratios against a baseline
measured in the same run, so numbers compare across machines."""


def in_test_db(*runs) -> None:
    """Set Django up with the test settings and call ``runs`` on a fresh ``test_<name>``
    database, dropped afterwards (``DATABASE_URL`` names the server and the name)."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.db import connection

    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        for run in runs:
            run()
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)
