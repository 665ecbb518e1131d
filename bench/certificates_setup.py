"""The status API benchmark's database (``bench/certificates_api.py``): run in a process of
its own with ``DJANGO_SETTINGS_MODULE=bench.settings`` and the benchmark's fresh database;
not meant to be run by hand.

``python -m bench.certificates_setup OUT.json TOTAL`` migrates (the first time), then fills
the database up to ``TOTAL`` people, each a member of one of 50 units of one municipality
and holding a certificate of the benchmark's track (bulk inserts, batches of 5,000), makes
the signing key and an API client seeing the municipality and the track, and writes the
client's credential and the employee numbers' pattern to ``OUT.json``.
"""

from __future__ import annotations

import json
import sys
import time

UNITS = 50
BATCH = 5000
UNUSABLE = "!"  # an unusable password: nobody logs in as these people


def _base():
    """Organisations, the track, the signing key and the client, made once."""
    from django.core.management import call_command

    from certificates.api_clients import api_client_create, api_client_secret_rotate
    from certificates.keys import signing_key_ensure
    from certificates.models import ApiClient, Track
    from learning.models import Organisation
    from learning.services import organisation_create

    call_command("migrate", interactive=False, verbosity=0)  # nothing to do the second time
    root = Organisation.objects.filter(name="Benchby Kommune").first()
    if root is None:
        root = organisation_create(name="Benchby Kommune")
        for n in range(UNITS):
            organisation_create(name=f"Unit {n:02d}", parent=root)
    from wagtail.models import Locale

    track, _created = Track.objects.get_or_create(
        key="bench-assessor",
        locale=Locale.get_default(),
        defaults={"title": "Bench assessor", "validity_months": 24, "grace_days": 30},
    )
    signing_key_ensure()
    existing = ApiClient.objects.filter(name="Bench case system").first()
    if existing is not None:  # the second size: a new secret (the audit keeps the client)
        return root, track, api_client_secret_rotate(client=existing)
    credential = api_client_create(name="Bench case system", organisations=[root], tracks=[track])
    return root, track, credential


def _fill(root, track, total: int) -> int:
    """People E0000000.. up to ``total``, each with a membership and a valid certificate."""
    from datetime import timedelta

    from django.utils import timezone

    from certificates.models import Certificate
    from learning.models import Membership, Organisation, Person, User

    units = list(Organisation.objects.filter(path__startswith=root.path, depth=root.depth + 1))
    have = Person.objects.filter(employee_number__startswith="E").count()
    now = timezone.now()
    for start in range(have, total, BATCH):
        numbers = range(start, min(start + BATCH, total))
        users = User.objects.bulk_create(
            [
                User(username=f"bench{n}", password=UNUSABLE, first_name="B", last_name=str(n))
                for n in numbers
            ]
        )
        persons = Person.objects.bulk_create(
            [
                Person(user=u, employee_number=f"E{n:07d}", sector="other")
                for n, u in zip(numbers, users, strict=True)
            ]
        )
        Membership.objects.bulk_create(
            [
                Membership(person=p, organisation=units[n % len(units)])
                for n, p in zip(numbers, persons, strict=True)
            ]
        )
        Certificate.objects.bulk_create(
            [
                Certificate(
                    person=p,
                    track=track,
                    cycle=1,
                    number=f"BENCH-{n:07d}",
                    verification_code=f"B{n:07d}",
                    source="manual",
                    issued_at=now - timedelta(days=30),
                    valid_from=now - timedelta(days=30),
                    valid_until=now + timedelta(days=600),
                    recert_opens_at=now + timedelta(days=510),
                    grace_until=now + timedelta(days=630),
                )
                for n, p in zip(numbers, persons, strict=True)
            ]
        )
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return total - have


def main(out: str, total: int) -> None:
    import django

    django.setup()
    started = time.perf_counter()
    root, track, credential = _base()
    added = _fill(root, track, total)
    with open(out, "w") as f:
        json.dump(
            {
                "token": credential.token,
                "track": track.key,
                "persons": total,
                "added": added,
                "seconds": time.perf_counter() - started,
            },
            f,
        )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
