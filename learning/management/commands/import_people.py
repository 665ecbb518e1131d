"""``manage.py import_people FILE [--commit]``: the CSV import of people, from a shell."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from learning.people_import import (
    ImportPlan,
    ImportRejected,
    people_import_plan,
    person_import_commit,
    person_import_decode,
    person_import_preview,
)


class Command(BaseCommand):
    help = (
        "Import people from a CSV file (employee_number, name, email, unit_path, sector; "
        "optionally role, start_date, job_title). "
        "Prints what each row would do; writes only with --commit, and then only if no row "
        "has an error. Exits non-zero when there are errors."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path, help="The CSV file (UTF-8, “,” or “;”).")
        parser.add_argument(
            "--commit", action="store_true", help="Write the import (default: dry run)."
        )

    def handle(self, *args, file: Path, commit: bool, **options) -> None:
        raw = self._read(file)
        try:
            plan = people_import_plan(text=person_import_decode(raw=raw))
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self._report(plan)
        if not plan.ok:
            raise CommandError("Nothing was imported: fix the errors above and run again.")
        if not commit:
            self.stdout.write("Dry run: nothing was written. Add --commit to import.")
            return
        try:
            person_import, _plan = person_import_preview(
                filename=file.name, raw=raw, uploaded_by=None
            )
            plan = person_import_commit(person_import=person_import)
        except ImportRejected as rejected:
            self._report(rejected.plan)
            raise CommandError("Nothing was imported: the data changed; see above.") from None
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        counts = plan.counts
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported: {counts['people_to_create']} people created, "
                f"{counts['people_to_update']} updated, {counts['units_to_create']} units created."
            )
        )

    def _read(self, file: Path) -> bytes:
        try:
            with file.open("rb") as handle:
                # One byte over the limit is enough to say the file is too large.
                return handle.read(settings.PERSON_IMPORT_MAX_BYTES + 1)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None

    def _report(self, plan: ImportPlan) -> None:
        for message in plan.file_errors:
            self.stdout.write(self.style.ERROR(message))
        for row in plan.rows:
            number = row.employee_number or "-"
            details = " ".join(row.errors) if row.errors else ", ".join(row.changes)
            line = f"line {row.line:>5}  {number:<16} {row.action:<10} {details}"
            self.stdout.write(self.style.ERROR(line) if row.errors else line.rstrip())
        for path in plan.units_to_create:
            self.stdout.write(f"unit to create: {path}")
        counts = plan.counts
        self.stdout.write(
            f"{counts['rows']} rows: {counts['create']} create, {counts['update']} update, "
            f"{counts['unchanged']} unchanged, {counts['error']} with errors."
        )
