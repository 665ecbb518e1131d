"""The cost of scoping: a manager's team list against listing everyone.

Baseline: fetch every person with their user (no scope). Measured: ``persons_visible_to`` for
a manager of one administration (a third of the municipality). The ratio says what the scope
check costs on top of a plain list; it should stay well under the size of the whole tree.
"""

from __future__ import annotations

import statistics
import time

from learning import services
from learning.models import Membership, Person, User
from learning.selectors import persons_visible_to

ADMINISTRATIONS = 3
UNITS_PER_ADMINISTRATION = 20
PEOPLE_PER_UNIT = 50
REPEATS = 15


def _populate():
    root = services.organisation_create(name="Benchby")
    units = []
    for a in range(ADMINISTRATIONS):
        admin = services.organisation_create(name=f"Administration {a}", parent=root)
        units += [
            services.organisation_create(name=f"Unit {a}.{u}", parent=admin)
            for u in range(UNITS_PER_ADMINISTRATION)
        ]
    users = User.objects.bulk_create(
        User(username=f"u{i}", email=f"u{i}@bench.example")
        for i in range(len(units) * PEOPLE_PER_UNIT)
    )
    people = Person.objects.bulk_create(
        Person(user=user, employee_number=f"B{i}", sector="other") for i, user in enumerate(users)
    )
    Membership.objects.bulk_create(
        Membership(person=p, organisation=units[i // PEOPLE_PER_UNIT]) for i, p in enumerate(people)
    )
    manager = services.person_create(
        employee_number="M1",
        first_name="M",
        last_name="M",
        email="m@bench.example",
        sector="other",
    )
    services.role_grant(person=manager, role="manager", organisation=root.get_children()[0])
    return manager


def _median_seconds(fn) -> float:
    samples = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def run() -> None:
    manager = _populate()
    baseline = _median_seconds(lambda: list(Person.objects.select_related("user")))
    scoped = _median_seconds(lambda: list(persons_visible_to(user=manager.user)))
    total = Person.objects.count()
    visible = persons_visible_to(user=manager.user).count()
    print(f"scope: {total} people, manager sees {visible}")
    print(f"scope: list everyone (baseline)      {baseline * 1000:8.2f} ms  1.00x")
    print(f"scope: manager's team (scoped)       {scoped * 1000:8.2f} ms  {scoped / baseline:.2f}x")
