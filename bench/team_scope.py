"""The team page against the size of the organisation: does "My team" follow the team?

Builds a municipality on PostgreSQL, first with 2,000 people, then grown to 80,000, and times
``GET /team/`` through the Django test client for a logged-in manager:

- a manager of a 5-person unit, at 2,000 people (the baseline) and again at 80,000;
- a manager of a 5,000-person administration at 80,000.

Prints p50/p95 per case and the ratios. Goals (issue 8): the 5-person page at 80,000 people
within 1.2x of its time at 2,000, and the 5,000-person page under 100 ms p50.

Run on its own with ``python -m bench.team_scope`` (or all benchmarks with ``make bench``);
it needs ``DATABASE_URL`` pointing at PostgreSQL and creates and drops ``test_<name>``.
"""

from __future__ import annotations

import os
import statistics
import time

SMALL_TEAM = 5
BIG_TEAM = 5_000
BIG_UNITS = 50
BASELINE_PEOPLE = 2_000
FULL_PEOPLE = 80_000
FILLER_UNITS = 3_000
FILLER_ADMINISTRATIONS = 30
WARMUP = 5
REPEATS = 60
BATCH = 5_000


class _Builder:
    """Adds people in bulk (no signals, no per-row services: 80,000 rows in seconds)."""

    def __init__(self):
        self.next_number = 0

    def add(self, count: int, units: list) -> None:
        from learning.models import Membership, Person, User

        start = self.next_number
        self.next_number += count
        numbers = range(start, start + count)
        users = User.objects.bulk_create(
            (
                User(
                    username=f"b{i}",
                    email=f"b{i}@bench.example",
                    first_name=f"First{i % 997}",
                    last_name=f"Last{i % 1009:04d}",
                )
                for i in numbers
            ),
            batch_size=BATCH,
        )
        people = Person.objects.bulk_create(
            (
                Person(user=user, employee_number=f"B{i:06d}", sector="other")
                for i, user in zip(numbers, users, strict=True)
            ),
            batch_size=BATCH,
        )
        Membership.objects.bulk_create(
            (
                Membership(person=p, organisation=units[i % len(units)])
                for i, p in enumerate(people)
            ),
            batch_size=BATCH,
        )


def _filler_units(root) -> list:
    """The rest of the municipality: administrations of small units (about 25 people each at
    80,000), created in bulk: treebeard's sorted insert would take a minute for 3,000 nodes."""
    from learning import services
    from learning.models import Organisation

    units = []
    for a in range(FILLER_ADMINISTRATIONS):
        admin = services.organisation_create(name=f"Administration {a:02d}", parent=root)
        per_admin = FILLER_UNITS // FILLER_ADMINISTRATIONS
        units += Organisation.objects.bulk_create(
            Organisation(
                name=f"Unit {a:02d}.{u:03d}",
                name_path=f"{admin.name_path}/Unit {a:02d}.{u:03d}",
                path=Organisation._get_path(admin.path, admin.depth + 1, u + 1),
                depth=admin.depth + 1,
                numchild=0,
            )
            for u in range(per_admin)
        )
        Organisation.objects.filter(pk=admin.pk).update(numchild=per_admin)
    return units


def _manager(number: str, organisation):
    from learning import services

    person = services.person_create(
        employee_number=number,
        first_name="Manager",
        last_name=number,
        email=f"{number.lower()}@bench.example",
        sector="other",
    )
    services.role_grant(person=person, role="manager", organisation=organisation)
    return person.user


def _analyse() -> None:
    from django.db import connection

    # What autovacuum would do after a bulk load; without it the planner guesses row counts.
    with connection.cursor() as cursor:
        for table in (
            "learning_user",
            "learning_person",
            "learning_membership",
            "learning_organisation",
        ):
            cursor.execute(f"ANALYZE {table}")


def _time_team_page(user, expected_total: int) -> tuple[float, float]:
    from django.test import Client

    client = Client()
    client.force_login(user)
    response = client.get("/team/")
    assert response.status_code == 200, response.status_code
    assert f"{expected_total} people" in response.content.decode(), "unexpected team size"
    for _ in range(WARMUP):
        client.get("/team/")
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        client.get("/team/")
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def _line(name: str, p50: float, p95: float, note: str = "") -> None:
    print(f"team_scope: {name:<38} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  {note}")


def run() -> None:
    from django.db import connection

    from learning import services

    if connection.vendor != "postgresql":
        print("team_scope: skipped (needs PostgreSQL: set DATABASE_URL)")
        return
    root = services.organisation_create(name="Benchby")
    small_admin = services.organisation_create(name="Small administration", parent=root)
    small_unit = services.organisation_create(name="Small unit", parent=small_admin)
    big_admin = services.organisation_create(name="Big administration", parent=root)
    big_units = [
        services.organisation_create(name=f"Big unit {u}", parent=big_admin)
        for u in range(BIG_UNITS)
    ]
    filler_units = _filler_units(root)
    small_manager = _manager("M5", small_unit)
    big_manager = _manager("M5000", big_admin)
    managers = 2

    builder = _Builder()
    builder.add(SMALL_TEAM, [small_unit])
    builder.add(BASELINE_PEOPLE - SMALL_TEAM - managers, filler_units)
    _analyse()
    small_at_2k = _time_team_page(small_manager, SMALL_TEAM)

    started = time.perf_counter()
    builder.add(BIG_TEAM, big_units)
    builder.add(FULL_PEOPLE - BASELINE_PEOPLE - BIG_TEAM, filler_units)
    _analyse()
    built = time.perf_counter() - started
    small_at_80k = _time_team_page(small_manager, SMALL_TEAM)
    big_at_80k = _time_team_page(big_manager, BIG_TEAM)

    from learning.models import Person

    print(
        f"team_scope: {Person.objects.count()} people (grown from {BASELINE_PEOPLE} "
        f"in {built:.1f} s), GET /team/ as a manager, {REPEATS} requests per case"
    )
    _line(f"{SMALL_TEAM}-person team, {BASELINE_PEOPLE} people", *small_at_2k, "(baseline)")
    ratio = small_at_80k[0] / small_at_2k[0]
    _line(
        f"{SMALL_TEAM}-person team, {FULL_PEOPLE} people",
        *small_at_80k,
        f"{ratio:.2f}x baseline (goal <= 1.20x)",
    )
    _line(
        f"{BIG_TEAM}-person team, {FULL_PEOPLE} people",
        *big_at_80k,
        f"{big_at_80k[0] / small_at_2k[0]:.2f}x baseline (goal p50 < 100 ms)",
    )


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.db import connection

    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        run()
    finally:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
