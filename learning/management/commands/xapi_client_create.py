"""Create a client of /xapi/statements and print its key and secret, once:
``manage.py xapi_client_create --name NAME [--scopes statements/write statements/read]``.

For scripts (the conformance run, a content package's test LRS); people use the admin."""

from django.core.management.base import BaseCommand, CommandError

from learning.models import StatementClient
from learning.xapi.auth import client_create


class Command(BaseCommand):
    help = "Create an xAPI statement client; prints KEY and SECRET (the secret is not stored)."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True)
        parser.add_argument(
            "--scopes",
            nargs="+",
            default=[StatementClient.Scope.WRITE, StatementClient.Scope.READ],
            choices=StatementClient.Scope.values,
        )

    def handle(self, *args, name, scopes, **options):
        try:
            credentials = client_create(name=name, scopes=scopes)
        except ValueError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"KEY={credentials.client.key}")
        self.stdout.write(f"SECRET={credentials.secret}")
