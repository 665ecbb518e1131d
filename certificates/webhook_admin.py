"""Wagtail admin for webhooks (registered in ``certificates.wagtail_hooks``): certification
administrators manage each API client's subscriptions (the signing secret is shown once,
on the page that confirms the subscription or a rotation) and read the delivery log, from
which an event is replayed to its subscription through the outbox.

Every write goes through ``certificates.webhook_services``; access follows the model
permissions of the "Certification administrators" group.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin import messages
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from certificates import webhook_services
from certificates.models import WebhookAttempt, WebhookSubscription
from certificates.webhooks import EVENT_TYPES

SHOWN_ONCE_TEMPLATE = "certificates/admin/webhook_secret.html"
CONFIRM_TEMPLATE = "certificates/admin/webhook_confirm.html"


def _secret_page(request, subscription, secret, headline):
    """The only page that ever shows a signing secret; never cached."""
    response = TemplateResponse(
        request,
        SHOWN_ONCE_TEMPLATE,
        {"subscription": subscription, "secret": secret, "headline": headline},
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _confirm_page(request, *, title, question, button, cancel_url):
    return TemplateResponse(
        request,
        CONFIRM_TEMPLATE,
        {"title": title, "question": question, "button": button, "cancel_url": cancel_url},
    )


# --- Subscriptions ----------------------------------------------------------------------------
class WebhookSubscriptionForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        label=_("Events"),
        choices=list(EVENT_TYPES.items()),
        widget=forms.CheckboxSelectMultiple,
    )
    url = forms.URLField(
        label=_("Endpoint URL"),
        assume_scheme="https",
        help_text=_("Receives a POST per event, signed as in Standard Webhooks."),
    )

    class Meta:
        model = WebhookSubscription
        fields = ["client", "url", "events", "is_active"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:  # a secret belongs to one client's endpoint
            self.fields["client"].disabled = True


class SubscriptionServiceErrors:
    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            for field, messages_ in error.message_dict.items():
                form.add_error(field if field in form.fields else None, messages_)
            return self.form_invalid(form)


class WebhookSubscriptionCreateView(SubscriptionServiceErrors, generic.CreateView):
    def save_instance(self):
        data = self.form.cleaned_data
        created = webhook_services.webhook_subscription_create(
            client=data["client"],
            url=data["url"],
            events=data["events"],
            is_active=data["is_active"],
            by=self.request.user,
        )
        self._secret = created.secret
        return created.subscription

    def save_action(self):
        return _secret_page(
            self.request, self.object, self._secret, _("The subscription was created.")
        )


class WebhookSubscriptionEditView(SubscriptionServiceErrors, generic.EditView):
    def save_instance(self):
        data = self.form.cleaned_data
        return webhook_services.webhook_subscription_update(
            subscription=WebhookSubscription.objects.get(pk=self.object.pk),
            url=data["url"],
            events=data["events"],
            is_active=data["is_active"],
            by=self.request.user,
        )


class WebhookSubscriptionIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.request.user.has_perm("certificates.change_webhooksubscription"):
            url = reverse("webhook_subscriptions:rotate", args=[instance.pk])
            buttons.append(ListingButton(_("Rotate the secret"), url=url, icon_name="key"))
        return buttons


def _events_label(subscription) -> str:
    return ", ".join(str(EVENT_TYPES.get(e, e)) for e in subscription.events or [])


class WebhookSubscriptionViewSet(ModelViewSet):
    model = WebhookSubscription
    name = "webhook_subscriptions"
    icon = "link"
    menu_label = _("Subscriptions")
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = WebhookSubscriptionIndexView
    add_view_class = WebhookSubscriptionCreateView
    edit_view_class = WebhookSubscriptionEditView
    list_display = [
        "url",
        "client",
        Column("events", label=_("Events"), accessor=_events_label),
        BooleanColumn("is_active", label=_("Active")),
        DateColumn("created_at", label=_("Created")),
    ]
    list_filter = ["client", "is_active"]
    search_fields = ["url", "client__name"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return WebhookSubscriptionForm

    def rotate_view(self, request, pk):
        subscription = get_object_or_404(WebhookSubscription, pk=pk)
        if not request.user.has_perm("certificates.change_webhooksubscription"):
            raise PermissionDenied
        if request.method != "POST":
            return _confirm_page(
                request,
                title=_("Rotate the signing secret"),
                question=_(
                    "A new secret is made and shown once; the current one stops working at "
                    "once. Deliveries the receiver cannot verify meanwhile are retried."
                ),
                button=_("Rotate the secret"),
                cancel_url=reverse("webhook_subscriptions:index"),
            )
        rotated = webhook_services.webhook_secret_rotate(subscription=subscription, by=request.user)
        return _secret_page(
            request, rotated.subscription, rotated.secret, _("The secret was rotated.")
        )

    def get_urlpatterns(self):
        patterns = [p for p in super().get_urlpatterns() if p.name != "usage"]
        return [*patterns, path("rotate/<int:pk>/", self.rotate_view, name="rotate")]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(usage_url_name=None, **kwargs)


# --- The delivery log -------------------------------------------------------------------------
class WebhookAttemptIndexView(generic.IndexView):
    page_title = _("Webhook delivery log")

    def get_base_queryset(self):
        return WebhookAttempt.objects.select_related("subscription__client", "event")

    def get_list_more_buttons(self, instance):
        if not self.request.user.has_perm("certificates.change_webhooksubscription"):
            return []
        url = reverse("webhook_attempts:replay", args=[instance.pk])
        return [ListingButton(_("Replay"), url=url, icon_name="redirect")]


def _outcome(attempt: WebhookAttempt) -> str:
    return str(attempt.status_code) if attempt.status_code else attempt.error[:120]


class WebhookAttemptViewSet(ModelViewSet):
    """Read-only: the log is written by the consumer; the only action is a replay."""

    model = WebhookAttempt
    name = "webhook_attempts"
    icon = "list-ul"
    menu_label = _("Delivery log")
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = WebhookAttemptIndexView
    list_display = [
        "attempted_at",  # the title column: it carries the row's "Replay" button
        Column("subscription", label=_("Subscription")),
        Column("event_type", label=_("Event"), accessor=lambda a: EVENT_TYPES.get(a.event.kind)),
        Column("outcome", label=_("Status code or error"), accessor=_outcome),
        Column("error", label=_("Answer"), accessor=lambda a: a.error[:120]),
        Column("duration_ms", label=_("ms")),
        Column("replay", label=_("Replay"), accessor=lambda a: _("yes") if a.replay else ""),
    ]
    list_filter = ["subscription", "status_code", "replay"]
    list_per_page = 50
    ordering = "-attempted_at"
    form_fields = ["subscription"]  # unused: there is no add or edit view

    def replay_view(self, request, pk):
        attempt = get_object_or_404(
            WebhookAttempt.objects.select_related("subscription", "event"), pk=pk
        )
        if not request.user.has_perm("certificates.change_webhooksubscription"):
            raise PermissionDenied
        if request.method != "POST":
            return _confirm_page(
                request,
                title=_("Replay %(type)s") % {"type": attempt.event.kind},
                question=_(
                    "The event is sent to %(url)s again, with the same webhook-id, through "
                    "the outbox (retried if it fails)."
                )
                % {"url": attempt.subscription.url},
                button=_("Replay"),
                cancel_url=reverse("webhook_attempts:index"),
            )
        webhook_services.webhook_replay(
            subscription=attempt.subscription, event=attempt.event, by=request.user
        )
        messages.success(request, _("The event was queued for delivery again."))
        return redirect("webhook_attempts:index")

    def get_urlpatterns(self):
        index = {"index", "index_results"}
        patterns = [p for p in super().get_urlpatterns() if p.name in index]
        return [*patterns, path("replay/<int:pk>/", self.replay_view, name="replay")]

    def get_common_view_kwargs(self, **kwargs):
        names = ("add", "edit", "delete", "history", "usage", "inspect", "copy")
        return super().get_common_view_kwargs(
            **{f"{n}_url_name": None for n in names if n != "history"}, **kwargs
        )
