"""The transactional outbox: events recorded in the same transaction as the change they
describe, and one delivery per consumer (and target) of each event.

No personal data is stored here beyond ids: the payload holds ids and ISO timestamps only
(``learning.events.event_record`` validates it).
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone


class Event(models.Model):
    """Something that happened, recorded by ``learning.events.event_record``.

    The id is ``uuid5(kind:object_key:occurrence)``, so recording the same change twice (a
    replayed request, a redelivered task) finds the existing row instead of adding one."""

    id = models.UUIDField(primary_key=True, editable=False)
    kind = models.CharField(max_length=64)
    object_key = models.CharField(max_length=200)
    occurrence = models.CharField(max_length=200)
    payload = models.JSONField(default=dict)
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["kind", "recorded_at"], name="event_kind_recorded")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_key} ({self.occurrence})"


class Delivery(models.Model):
    """One consumer's (and target's) copy of an event, with its own state. The relay
    (``learning.outbox``) drains pending deliveries whose ``next_attempt_at`` has come; the
    retry schedule lives in that column, never in a broker countdown."""

    class State(models.TextChoices):
        PENDING = "pending", "pending"
        DELIVERED = "delivered", "delivered"
        DEAD = "dead", "dead"

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="deliveries")
    consumer = models.CharField(max_length=64)
    target = models.CharField(max_length=200, blank=True, default="")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "deliveries"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "consumer", "target"], name="delivery_one_per_consumer_target"
            )
        ]
        indexes = [
            # "Pending and due": the relay's scan and the health check's oldest pending.
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(state="pending"),
                name="delivery_pending_due",
            ),
            models.Index(
                fields=["created_at"],
                condition=models.Q(state="pending"),
                name="delivery_pending_age",
            ),
            models.Index(fields=["consumer", "state"], name="delivery_consumer_state"),
        ]

    def __str__(self) -> str:
        return f"{self.consumer} ← {self.event_id} [{self.state}]"
