"""``manage.py certificates_api_client``: API clients of the status API from the shell
(``certificates.api_clients``), for set-up scripts, docs and tests.

    create --name NAME --organisation "Fjordby Kommune/Børn og Unge" --track SLUG ...
    rotate --name NAME [--overlap-days 7]
    revoke --name NAME
    list

``create`` and ``rotate`` print the credential (``<key_id>.<secret>``) once, on a line of its
own; it is stored only hashed.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from certificates import api_clients
from certificates.models import ApiClient, Track
from learning.selectors import organisation_get_by_name_path


class Command(BaseCommand):
    help = "Create, rotate, revoke or list API clients of the certification status API."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["create", "rotate", "revoke", "list"])
        parser.add_argument("--name", help="the client's name")
        parser.add_argument(
            "--organisation",
            action="append",
            default=[],
            help="path of names of an organisation whose subtree it sees (repeatable)",
        )
        parser.add_argument(
            "--track", action="append", default=[], help="slug of a track it sees (repeatable)"
        )
        parser.add_argument("--overlap-days", type=int, default=7, help="rotation overlap (7)")

    def handle(self, *args, action: str, **options) -> None:
        if action == "list":
            for client in ApiClient.objects.prefetch_related("organisations", "tracks"):
                state = "active" if client.is_active else "inactive"
                orgs = ", ".join(str(o) for o in client.organisations.all())
                tracks = ", ".join(t.key for t in client.tracks.all())
                self.stdout.write(f"{client.key_id}  {client.name}  {state}  [{orgs}]  [{tracks}]")
            return
        if not options["name"]:
            raise CommandError("--name is required")
        if action == "create":
            credential = api_clients.api_client_create(
                name=options["name"],
                organisations=self._organisations(options["organisation"]),
                tracks=self._tracks(options["track"]),
            )
            self.stderr.write("Credential (shown once; give it over a secure channel):")
            self.stdout.write(credential.token)
            return
        client = ApiClient.objects.filter(name=options["name"]).first()
        if client is None:
            raise CommandError(f"No API client named {options['name']!r}.")
        if action == "rotate":
            credential = api_clients.api_client_secret_rotate(
                client=client, overlap=timedelta(days=options["overlap_days"])
            )
            self.stderr.write(
                f"New credential (old secrets end in {options['overlap_days']} day(s)):"
            )
            self.stdout.write(credential.token)
        else:
            count = api_clients.api_client_secret_revoke(client=client)
            self.stdout.write(f"{count} secret(s) revoked.")

    @staticmethod
    def _organisations(paths: list[str]) -> list:
        if not paths:
            raise CommandError("Name at least one --organisation (a path of names).")
        found = []
        for name_path in paths:
            organisation = organisation_get_by_name_path(name_path=name_path)
            if organisation is None:
                raise CommandError(f"No organisation at {name_path!r}.")
            found.append(organisation)
        return found

    @staticmethod
    def _tracks(keys: list[str]) -> list:
        from certificates.selectors import track_get

        if not keys:
            raise CommandError("Name at least one --track (a slug).")
        tracks = [track_get(key=key) for key in keys]
        missing = [key for key, track in zip(keys, tracks, strict=True) if track is None]
        if missing:
            raise CommandError(f"No track {', '.join(missing)}.")
        return [t for t in tracks if isinstance(t, Track)]
