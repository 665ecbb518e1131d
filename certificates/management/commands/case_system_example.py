"""Set up the example case system (``examples/case_system``) against this platform:
``manage.py case_system_example [--port 8510] [--track demo-instrument-assessor]
[--organisation "Fjordby Kommune"]``.

Creates an API client "Case system (example)" seeing the organisation's subtree and the
track, and a webhook subscription to the example's endpoint on loopback, and prints the
environment to start the example with. Run again, it makes new secrets (the old client's
secrets are revoked and its subscriptions replaced). For the demo and development only:
people create clients and subscriptions in the admin."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from certificates.api_clients import (
    api_client_create,
    api_client_secret_revoke,
    api_client_secret_rotate,
)
from certificates.models import ApiClient, Track
from certificates.webhook_services import webhook_subscription_create
from learning.demo import DEMO_MUNICIPALITY
from learning.selectors import organisation_get_by_name_path

NAME = "Case system (example)"
EVENTS = ["certificate.revoked", "certificate.suspended", "certificate.expired"]


class Command(BaseCommand):
    help = "Create the example case system's API client and webhook; prints its environment."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8510)
        parser.add_argument("--track", default="demo-instrument-assessor")
        parser.add_argument("--organisation", default=DEMO_MUNICIPALITY)

    @transaction.atomic
    def handle(self, *args, port, track, organisation, **options):
        unit = organisation_get_by_name_path(name_path=organisation)
        found = Track.objects.filter(key=track).first()
        if unit is None or found is None:
            raise CommandError("Unknown organisation or track (run `manage.py seed_demo`?).")
        client = ApiClient.objects.filter(name=NAME).first()
        if client is None:
            credential = api_client_create(name=NAME, organisations=[unit], tracks=[found])
        else:  # its checks are audited, so it is kept: new secret, new subscription
            api_client_secret_revoke(client=client)
            client.webhooks.all().delete()
            client.organisations.set([unit])
            client.tracks.set([found])
            credential = api_client_secret_rotate(client=client)
        try:
            hook = webhook_subscription_create(
                client=credential.client,
                url=f"http://127.0.0.1:{port}/webhooks/certification",
                events=EVENTS,
                by=None,
                system=True,
            )
        except ValidationError as error:  # e.g. WEBHOOK_REQUIRE_HTTPS in production
            raise CommandError("; ".join(error.messages)) from None
        self.stdout.write("cd examples && \\")
        self.stdout.write(f"PLATFORM_URL={settings.SITE_URL} \\")
        self.stdout.write(f"PLATFORM_API_KEY='{credential.token}' \\")
        self.stdout.write(f"WEBHOOK_SECRET='{hook.secret}' \\")
        self.stdout.write(f"TRACK={track} PORT={port} \\")
        self.stdout.write("../.venv/bin/python -m case_system")
