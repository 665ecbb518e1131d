"""Run the benchmarks: ``python -m bench`` (or ``make bench``) runs all of them;
``python -m bench xapi`` (``make bench-xapi``) only the event seam and xAPI ones;
``python -m bench certificates`` (``make bench-certificates``) only the status API one;
``python -m bench dashboard`` (``make bench-dashboard``) only the manager dashboard one."""

import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from bench import (  # noqa: E402
    certificates_api,
    dashboard,
    in_test_db,
    pages,
    scope,
    team_scope,
    xapi_forward,
    xapi_seam,
    xapi_store,
)

if __name__ == "__main__":
    only = sys.argv[1:]
    if not only or "xapi" in only:
        # Each on a database of its own: the million-statement store would slow the others.
        in_test_db(xapi_seam.run)
        in_test_db(xapi_forward.run)
        in_test_db(xapi_store.run)
    if not only:
        in_test_db(scope.run, team_scope.run)
        # A server of its own on a database of its own (bench/pages.py), after the others.
        pages.run([])
    if not only or "certificates" in only:
        # gunicorn on a database of its own, too (bench/certificates_api.py).
        certificates_api.run([])
    if not only or "dashboard" in only:
        # 100,000 staff on a database of its own, with gunicorn (bench/dashboard.py).
        dashboard.run([])
