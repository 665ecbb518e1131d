"""``manage.py seed_demo``: load the fictional demo municipality, its courses, and print the
logins. It lives in the top app because it loads people (``learning``) and content
(``modules``)."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from assessments.demo import assessments_seed
from certificates.demo import tracks_seed
from certificates.keys import signing_key_ensure
from learning.demo import DEMO_LOGINS, DEMO_MUNICIPALITY, DEMO_PASSWORD, demo_exists, demo_seed
from modules.compliance.demo import rules_seed
from modules.demo import content_tree_ensure, courses_seed


class Command(BaseCommand):
    help = (
        f"Load the demo municipality ({DEMO_MUNICIPALITY}), its staff, one login per role and "
        "the demo courses and assignment rules. Safe to run again: what exists is left as it is."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--once",
            action="store_true",
            help="Load nothing if the demo municipality exists already; just print the logins.",
        )
        parser.add_argument(
            "--people-only", action="store_true", help="Load people and units, not courses."
        )

    def handle(self, *args, once: bool = False, people_only: bool = False, **options) -> None:
        if not settings.DEMO_DATA_ALLOWED:
            raise CommandError(
                "Demo data is not allowed with these settings (DEMO_DATA_ALLOWED is False, "
                "as in production). Demo logins share a published password."
            )
        content_tree_ensure()
        if once and demo_exists():
            self.stdout.write(f"{DEMO_MUNICIPALITY} is loaded already; nothing to do.")
        else:
            result = demo_seed()
            self.stdout.write(
                self.style.SUCCESS(
                    f"{DEMO_MUNICIPALITY}: {result.units_created} units, "
                    f"{result.people_created} people and {result.roles_granted} roles added"
                    + ("; superuser created." if result.superuser_created else ".")
                )
            )
            if not people_only:
                assessments = assessments_seed()
                courses = courses_seed(assessments=assessments)
                signing_key_ensure()
                tracks_seed(
                    module_keys=courses.module_keys,
                    exam=assessments.exam,
                    exercise=assessments.exercise,
                )
                rules = rules_seed(module_keys=courses.module_keys)
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Courses: {len(courses.created)} pages added; "
                        f"{len(rules)} assignment rules added."
                    )
                )
        self._print_logins()

    def _print_logins(self) -> None:
        rows = [
            ("Role", "Username", "Sees"),
            *((d.role, d.username, d.sees) for d in DEMO_LOGINS.values()),
        ]
        widths = [max(len(row[i]) for row in rows) for i in range(2)]
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD})")
        for n, (role, username, sees) in enumerate(rows):
            self.stdout.write(f"  {role:<{widths[0]}}  {username:<{widths[1]}}  {sees}")
            if n == 0:
                self.stdout.write(f"  {'-' * widths[0]}  {'-' * widths[1]}  {'-' * 4}")
        self.stdout.write("Log in at /accounts/login/ (staff) or /cms/login/ (administration).")
