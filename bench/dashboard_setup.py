"""The dashboard benchmark's data (``bench/dashboard.py``): run in a process of its own with
``DJANGO_SETTINGS_MODULE=bench.settings`` and the benchmark's fresh database; not meant to be
run by hand.

``python -m bench.dashboard_setup OUT.json PEOPLE`` migrates, then builds with set-based SQL
(``INSERT … SELECT generate_series``, no per-row Python):

- one municipality, 10 administrations of 2 departments of 100 units each (2,031 nodes);
- ``PEOPLE`` people (users, persons, one membership each, joined over the last 3 years),
  spread evenly over the 2,000 units, so a department holds ``PEOPLE`` / 20 people;
- 20 live modules and an assignment of each to everyone (``PEOPLE`` x 20 rows): 60 %
  completed over the last 12 months, 10 % overdue, 5 % due soon, 20 % open, 5 % exempt,
  a third of the outstanding ones started;
- a track authorising a risk instrument, held by every fifth person (the roster);
- a manager of department 1 (5,000 people at 100,000) and an administrator with
  ``learning.view_all_people`` granted to the user (the whole organisation);

then the summaries with ``summaries_rebuild()`` (timed), ``VACUUM ANALYZE`` (what autovacuum
would have done after the load), and writes the logins, ids, timings and the paths of the
dashboard's URL names that resolve to ``OUT.json``.
"""

from __future__ import annotations

import json
import secrets
import sys
import time

ADMINISTRATIONS = 10
DEPARTMENTS = 2  # per administration; the manager has one
UNITS = 100  # per department
MODULES = 20
PASSWORD = secrets.token_urlsafe(16)
TRACK = "bench-roster"
INSTRUMENT = "bench-instrument"

#: Per dashboard URL name: (login, kwargs, query); None kwargs: filled in below.
VIEWS = (
    ("manage_overview", "admin", {}, ""),
    ("manage_overview", "manager", {}, ""),
    ("manage_people", "admin", {}, ""),
    ("manage_people", "manager", {}, ""),
    ("manage_people", "manager", {}, "?phase=overdue"),
    ("manage_person", "manager", None, ""),
    ("manage_roster", "manager", {}, ""),
    ("team", "manager", {}, ""),
)
#: Timed in-process (``bench/dashboard_probe.py``): the team export of 5,000 people took
#: longer than gunicorn's 30 s worker timeout over HTTP.
EXPORTS = (
    ("manage_export_team", "manager", {"fmt": "csv"}, ""),
    ("manage_export_roster", "manager", {"fmt": "csv"}, ""),
)


def _tree():
    """The organisation tree in bulk (treebeard's sorted insert is slow for 2,000 nodes);
    paths follow the names' order, as treebeard's own would."""
    from learning import services
    from learning.models import Organisation

    root = services.organisation_create(name="Benchby Kommune")
    level, units = [root], []
    for depth, (count, label) in enumerate(
        ((ADMINISTRATIONS, "Administration"), (DEPARTMENTS, "Department"), (UNITS, "Unit")),
        start=root.depth + 1,
    ):
        children = []
        for parent in level:
            prefix = parent.name.split()[-1] + "." if parent.depth > 1 else ""
            children += [
                Organisation(
                    name=f"{label} {prefix}{n:03d}",
                    name_path=f"{parent.name_path}/{label} {prefix}{n:03d}",
                    path=Organisation._get_path(parent.path, depth, n + 1),
                    depth=depth,
                    numchild=0,
                )
                for n in range(count)
            ]
        Organisation.objects.filter(pk__in=[p.pk for p in level]).update(numchild=count)
        level = Organisation.objects.bulk_create(children, batch_size=1000)
        units = level
    return root, units


def _sql(sql: str, params=None) -> float:
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
    return time.perf_counter() - started


def _people(total: int, unit_ids: list[int]) -> None:
    """Users, persons and memberships, ids taken from their sequences in one go."""
    _sql(
        """
        INSERT INTO learning_user (password, is_superuser, username, first_name, last_name,
                                   email, is_staff, is_active, date_joined)
        SELECT '!', false, 'd' || n, 'First' || (n %% 997),
               'Last' || lpad((n %% 1009)::text, 4, '0'), 'd' || n || '@bench.example',
               false, true, now()
        FROM generate_series(0, %s - 1) AS n
        """,
        [total],
    )
    _sql(
        """
        INSERT INTO learning_person (employee_number, sector, job_title, preferred_language,
                                     created_at, updated_at, user_id, xapi_key, optional_mail)
        SELECT 'D' || lpad(substr(u.username, 2), 7, '0'),
               (ARRAY['daycare','school','health','job_centre','children_youth','other'])
                 [1 + substr(u.username, 2)::int % 6],
               '', '', now(), now(), u.id, gen_random_uuid(), true
        FROM learning_user u WHERE u.username ~ '^d[0-9]+$'
        """
    )
    _sql(
        """
        INSERT INTO learning_membership (organisation_id, person_id, started_on)
        SELECT (%s::bigint[])[1 + substr(p.employee_number, 2)::int %% %s], p.id,
               current_date - (random() * 1095)::int
        FROM learning_person p WHERE p.employee_number ~ '^D[0-9]+$'
        """,
        [unit_ids, len(unit_ids)],
    )


def _modules() -> list[str]:
    import uuid

    from django.utils import timezone

    from learning.models import CourseModule

    modules = CourseModule.objects.bulk_create(
        CourseModule(key=uuid.uuid4(), title=f"Bench module {n:02d}", published_at=timezone.now())
        for n in range(MODULES)
    )
    return [str(m.key) for m in modules]


def _assignments(keys: list[str]) -> None:
    """Everyone has every module, cycle 1, in a phase drawn per row (``r``); ``s`` spreads
    the dates, ``t`` decides who started."""
    _sql(
        """
        INSERT INTO modules_assignment (item_kind, item_key, cycle, source, mandatory,
            assigned_at, due_on, phase, current, phase_changed_at, started_at, completed_at,
            exempt_reason, person_id)
        SELECT 'module', key, 1, 'rule', true, now() - interval '400 days',
            CASE phase
              WHEN 'completed' THEN (now() - s * interval '365 days')::date + 14
              WHEN 'overdue' THEN current_date - 1 - (s * 90)::int
              WHEN 'due_soon' THEN current_date + (s * 14)::int
              WHEN 'open' THEN current_date + 15 + (s * 165)::int
              ELSE current_date - 90 + (s * 180)::int END,
            phase, true, now(),
            CASE WHEN phase = 'completed' THEN now() - s * interval '365 days' - interval '5 days'
                 WHEN phase IN ('open', 'due_soon', 'overdue') AND t < 0.33
                   THEN now() - t * interval '60 days' END,
            CASE WHEN phase = 'completed' THEN now() - s * interval '365 days' END,
            CASE WHEN phase = 'exempt' THEN 'Equivalent qualification' ELSE '' END,
            person_id
        FROM (
          SELECT p.id AS person_id, m.key, random() AS s, random() AS t,
                 CASE WHEN r < 0.60 THEN 'completed' WHEN r < 0.70 THEN 'overdue'
                      WHEN r < 0.75 THEN 'due_soon' WHEN r < 0.95 THEN 'open'
                      ELSE 'exempt' END AS phase
          FROM (SELECT id, random() AS r0 FROM learning_person
                WHERE employee_number ~ '^D[0-9]+$') p
          CROSS JOIN LATERAL (SELECT unnest(%s::text[]) AS key, random() + p.r0 * 0 AS r) m
        ) x
        """,
        [keys],
    )


def _roster() -> int:
    """A track authorising an instrument; every fifth person holds a certificate of it,
    valid until a day from a month ago to two years on (some expire within 30/60/90 days)."""
    from wagtail.models import Locale

    from assessments.models import Instrument
    from certificates.models import Track

    locale = Locale.get_default()
    instrument = Instrument.objects.create(
        key=INSTRUMENT,
        name="Bench instrument",
        version="1",
        scale=[{"code": "N", "label": "No"}, {"code": "Y", "label": "Yes"}],
        locale=locale,
    )
    track = Track.objects.create(
        key=TRACK,
        title="Bench assessor",
        instrument=instrument,
        validity_months=24,
        grace_days=30,
        locale=locale,
    )
    _sql(
        """
        INSERT INTO certificates_certificate (cycle, number, verification_code, source,
            issued_at, valid_from, instrument_key, instrument_name, instrument_version,
            valid_until, recert_opens_at, grace_until, document, document_language,
            credential, person_id, track_id)
        SELECT 1, 'BENCH-' || p.employee_number, 'V' || p.employee_number, 'manual',
               v - interval '730 days', v - interval '730 days', %s, %s, %s,
               v, v - interval '90 days', v + interval '30 days', '', '', '', p.id, %s
        FROM (SELECT id, employee_number,
                     now() + (random() * 760 - 30) * interval '1 day' AS v
              FROM learning_person
              WHERE employee_number ~ '^D[0-9]+$' AND substr(employee_number, 2)::int %% 5 = 0
        ) p
        """,
        [instrument.key, instrument.name, instrument.version, track.pk],
    )
    from certificates.models import Certificate

    return Certificate.objects.filter(track=track).count()


def _logins(department) -> dict:
    from django.contrib.auth.models import Permission

    from learning import services

    manager = services.person_create(
        employee_number="MGR0001",
        first_name="Mona",
        last_name="Manager",
        email="manager@bench.example",
        sector="other",
        username="bench-manager",
        password=PASSWORD,
    )
    services.role_grant(person=manager, role="manager", organisation=department)
    admin = services.person_create(
        employee_number="ADM0001",
        first_name="Ada",
        last_name="Admin",
        email="admin@bench.example",
        sector="other",
        username="bench-admin",
        password=PASSWORD,
    )
    admin.user.user_permissions.add(
        Permission.objects.get(codename="view_all_people", content_type__app_label="learning")
    )
    return {
        "manager": {"username": "bench-manager", "password": PASSWORD, "user": manager.user_id},
        "admin": {"username": "bench-admin", "password": PASSWORD, "user": admin.user_id},
    }


def _person_in(department) -> int:
    from learning.models import Membership

    return (
        Membership.objects.filter(organisation__path__startswith=department.path)
        .order_by("person_id")
        .values_list("person_id", flat=True)
        .first()
    )


def _paths(person_id: int, views=VIEWS) -> tuple[list[dict], list[str]]:
    """The dashboard's URL names that resolve today, with who requests them; the rest as
    notes (the views may not have landed on this branch yet)."""
    from django.urls import NoReverseMatch, reverse

    found, missing = [], []
    for name, login, kwargs, query in views:
        kwargs = {"pk": person_id} if kwargs is None else kwargs
        try:
            path = reverse(name, kwargs=kwargs)
        except NoReverseMatch:
            missing.append(name)
            continue
        label = f"{name}{query}" + (f" ({','.join(kwargs)})" if name == "manage_person" else "")
        found.append({"name": name, "label": label, "login": login, "path": path + query})
    return found, sorted(set(missing))


def main(out: str, total: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from modules.compliance.summaries import summaries_rebuild

    took = {}
    started = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # manifest storage renders
    took["migrate"] = time.perf_counter() - started

    step = time.perf_counter()
    root, units = _tree()
    departments = sorted((u for u in _all_at_depth(root.depth + 2)), key=lambda o: o.path)
    _people(total, [u.pk for u in sorted(units, key=lambda o: o.path)])
    took["people"] = time.perf_counter() - step
    step = time.perf_counter()
    keys = _modules()
    _assignments(keys)
    took["assignments"] = time.perf_counter() - step
    step = time.perf_counter()
    certificates = _roster()
    took["certificates"] = time.perf_counter() - step
    logins = _logins(departments[0])
    step = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    took["vacuum_analyze"] = time.perf_counter() - step
    step = time.perf_counter()
    units_done = summaries_rebuild()
    took["summaries_rebuild"] = time.perf_counter() - step
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE modules_unititemsummary")
        cursor.execute("ANALYZE modules_unitmonthsummary")
        cursor.execute("SELECT count(*) FROM modules_assignment")
        assignments = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM modules_unititemsummary")
        summary_rows = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM modules_unitmonthsummary")
        month_rows = cursor.fetchone()[0]
    person_id = _person_in(departments[0])
    views, missing = _paths(person_id)
    exports, missing_exports = _paths(person_id, EXPORTS)
    from learning.models import Membership

    with open(out, "w") as f:
        json.dump(
            {
                "people": total,
                "units": len(units),
                "manager_people": Membership.objects.filter(
                    organisation__path__startswith=departments[0].path
                ).count(),
                "assignments": assignments,
                "certificates": certificates,
                "summary_rows": summary_rows,
                "month_rows": month_rows,
                "units_rebuilt": units_done,
                "person": person_id,
                "department": departments[0].pk,
                "modules": keys,
                "track": TRACK,
                "logins": logins,
                "views": views,
                "missing": missing + missing_exports,
                "exports": exports,
                "seconds": took,
            },
            f,
        )


def _all_at_depth(depth: int):
    from learning.models import Organisation

    return Organisation.objects.filter(depth=depth)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
