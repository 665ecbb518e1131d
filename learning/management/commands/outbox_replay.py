"""Replay deliveries of the outbox: ``manage.py outbox_replay [--dead] [--consumer X]``."""

from django.core.management.base import BaseCommand

from learning.events import outbox_kick
from learning.outbox import deliveries_replay, outbox_drain


class Command(BaseCommand):
    help = "Make dead (with --dead, the default) or all undelivered deliveries due now."

    def add_arguments(self, parser):
        parser.add_argument("--dead", action="store_true", help="only dead deliveries (default)")
        parser.add_argument("--all", action="store_true", help="dead and pending deliveries")
        parser.add_argument("--consumer", help="only this consumer's deliveries")
        parser.add_argument("--now", action="store_true", help="drain here, not via a worker")

    def handle(self, *args, dead=False, all=False, consumer=None, now=False, **options):
        count = deliveries_replay(consumer=consumer, dead_only=not all)
        if now:
            outbox_drain()
        else:
            outbox_kick()
        self.stdout.write(f"{count} deliveries queued again.")
