"""Export or erase one person's xAPI statements (audited):

manage.py xapi_privacy export --person <employee number> --reason "DSAR 2026-114" [-o file]
manage.py xapi_privacy erase --person <employee number> --reason "Art. 17 request 2026-9"
"""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from learning.models import Person
from learning.xapi.privacy import statements_erase, statements_export


class Command(BaseCommand):
    help = "Export or erase one person's xAPI statements; every run is audited."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("--person", required=True, help="the person's employee number")
        parser.add_argument("--reason", required=True, help="why (kept in the audit)")
        parser.add_argument("-o", "--output", help="export: write here instead of stdout")

    def handle(self, *args, action, person, reason, output=None, **options):
        found = Person.objects.filter(employee_number=person).first()
        if found is None:
            raise CommandError(f"No person has the employee number {person!r}.")
        try:
            if action == "export":
                document = json.dumps(
                    statements_export(person=found, by=None, reason=reason), indent=2
                )
                if output:
                    with open(output, "w", encoding="utf-8") as handle:
                        handle.write(document)
                    self.stderr.write(f"Exported to {output}.")
                else:
                    self.stdout.write(document)
            else:
                count = statements_erase(person=found, by=None, reason=reason)
                self.stdout.write(f"Erased {count} statements.")
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
