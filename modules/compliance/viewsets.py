"""Wagtail admin for mandatory training (registered in ``modules.wagtail_hooks``): the
"Mandatory training" menu.

- **Assignment rules** (``modules.*_assignmentrule``, platform administrators): list,
  create and edit. The form offers the item as a choice of live modules and tracks (never
  a raw key) and saves through ``modules.compliance.services.rule_save``, so a saved rule
  reaches everyone it concerns through the outbox. Rules are switched off (untick
  "active"), not deleted: the assignments they made keep pointing at them, and switching
  off withdraws what only that rule asked for.
- **Manager actions** (``modules.view_manageraction``, platform and certification
  administrators): the read-only audit of what managers did, who, when, to whom and why.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from learning.models import Organisation
from learning.people_admin.forms import ServiceAdminForm
from learning.people_admin.viewsets import ServiceFormMixin
from modules.compliance import services
from modules.compliance.models import AssignmentRule, ItemKind, ManagerAction
from modules.compliance.selectors import item_parse, items_assignable


# --- Assignment rules ------------------------------------------------------------------------
def _item_choices() -> list[tuple[str, str]]:
    return [("", "---------")] + [
        (item.token, f"{item.title} ({ItemKind(item.kind).label})") for item in items_assignable()
    ]


class AssignmentRuleForm(ServiceAdminForm):
    """A rule, with the item picked from what can be assigned. ``save`` goes through
    ``rule_save`` (validates the item again and records the outbox event)."""

    item = forms.ChoiceField(
        label=_("Module or certification track"),
        help_text=_("What the people this rule matches must complete."),
    )
    organisation = forms.ModelChoiceField(
        label=_("Unit"),
        queryset=Organisation.objects.order_by("path"),
        required=False,
        empty_label=_("(every unit)"),
        help_text=_("Only members of this unit and the units below it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].choices = _item_choices()
        self.fields["organisation"].label_from_instance = lambda unit: unit.name_path
        if self.instance.pk:
            self.initial["item"] = f"{self.instance.item_kind}:{self.instance.item_key}"

    def clean(self):
        data = super().clean()
        parsed = item_parse(data.get("item", ""))
        if parsed is None:
            if "item" not in self.errors:
                self.add_error("item", _("Choose a module or a certification track."))
        else:
            self.instance.item_kind, self.instance.item_key = parsed
        days, day = data.get("due_days"), data.get("due_date")
        if (days is None) == (day is None) and "due_days" not in self.errors:
            # Said on the fields; the model's own check would only say it above the form.
            message = _("Give either a number of days or a date, not both.")
            self.add_error("due_days", message)
            self.add_error("due_date", message)
        return data

    def _post_clean(self):
        # The model repeats the due check (and its constraint) as a form-wide error; once
        # on the fields is enough.
        if self.has_error("due_days"):
            return
        super()._post_clean()

    def save(self, commit=True) -> AssignmentRule:
        """Save through ``rule_save``; ``commit`` is ignored (always saves)."""
        self.instance = services.rule_save(rule=self.instance)
        return self.instance


class RuleCreateView(ServiceFormMixin, generic.CreateView):
    pass


class RuleEditView(ServiceFormMixin, generic.EditView):
    pass


class RuleIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("organisation")


def _criteria(rule: AssignmentRule) -> str:
    parts = []
    if rule.sector:
        parts.append(rule.get_sector_display())
    if rule.job_title:
        parts.append(rule.job_title)
    if rule.organisation_id:
        parts.append(str(rule.organisation))
    return " · ".join(str(p) for p in parts) or str(_("Everyone"))


def _due(rule: AssignmentRule) -> str:
    if rule.due_date:
        return rule.due_date.isoformat()
    return str(_("%(days)d days after joining") % {"days": rule.due_days})


def _recurrence(rule: AssignmentRule) -> str:
    if not rule.recurrence_months:
        return str(_("Once"))
    return str(_("Every %(months)d months") % {"months": rule.recurrence_months})


class ItemColumn(Column):
    """The item's title. The titles are read once per request (not once per row) and kept
    on the request; an item no longer assignable shows as its ``kind:key``."""

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        request = parent_context.get("request")
        titles = getattr(request, "_assignable_titles", None)
        if titles is None:
            titles = {item.token: item.title for item in items_assignable()}
            if request is not None:
                request._assignable_titles = titles
        token = f"{instance.item_kind}:{instance.item_key}"
        context["value"] = titles.get(token, token)
        return context


class AssignmentRuleViewSet(ModelViewSet):
    """Assignment rules, for platform administrators."""

    model = AssignmentRule
    name = "assignment_rules"
    url_prefix = "compliance/rules"
    icon = "tasks"
    menu_label = _("Assignment rules")
    index_view_class = RuleIndexView
    add_view_class = RuleCreateView
    edit_view_class = RuleEditView
    delete_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False
    list_display = [
        "name",
        ItemColumn("item", label=_("Module or track"), accessor="item_key"),
        Column("criteria", label=_("Who"), accessor=_criteria),
        Column("due", label=_("Due"), accessor=_due),
        Column("recurrence", label=_("Repeats"), accessor=_recurrence),
        BooleanColumn("is_active", label=_("Active")),
    ]
    list_filter = ["is_active", "sector"]
    search_fields = ["name", "job_title"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("item"),
            MultiFieldPanel(
                [FieldPanel("sector"), FieldPanel("job_title"), FieldPanel("organisation")],
                heading=_("Who it applies to"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("due_days"), FieldPanel("due_date")]),
                    FieldPanel("in_force_from"),
                ],
                heading=_("Due (either a number of days or a date)"),
            ),
            FieldPanel("recurrence_months"),
            FieldPanel("is_active"),
        ],
        base_form_class=AssignmentRuleForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            delete_url_name=None, usage_url_name=None, history_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        dropped = {"delete", "usage", "history"}
        return [url for url in super().get_urlpatterns() if url.name not in dropped]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().exclude(codename="delete_assignmentrule")


# --- The audit of manager actions ------------------------------------------------------------
class ManagerActionFilterSet(WagtailFilterSet):
    action = django_filters.ChoiceFilter(label=_("Action"), choices=ManagerAction.Action.choices)

    class Meta:
        model = ManagerAction
        fields = ["action"]


class ManagerActionIndexView(generic.IndexView):
    any_permission_required = ["view"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("person__user")


def _detail(action: ManagerAction) -> str:
    return ", ".join(f"{key}: {value}" for key, value in sorted((action.detail or {}).items()))


class ManagerActionViewSet(ModelViewSet):
    """What managers did (read-only), for ``modules.view_manageraction``."""

    model = ManagerAction
    name = "manager_actions"
    url_prefix = "compliance/manager-actions"
    icon = "list-ul"
    menu_label = _("Manager actions")
    index_view_class = ManagerActionIndexView
    list_display = [
        DateColumn("at", label=_("When"), sort_key="at"),
        Column("actor_name", label=_("By"), sort_key="actor_name"),
        Column("action", label=_("Action"), accessor="get_action_display", sort_key="action"),
        Column("person", label=_("Person"), sort_key="person__user__last_name"),
        Column("reason", label=_("Reason")),
        Column("detail", label=_("Detail"), accessor=_detail),
    ]
    filterset_class = ManagerActionFilterSet
    ordering = "-at"
    list_per_page = 50
    search_fields = [
        "person__user__first_name",
        "person__user__last_name",
        "person__employee_number",
    ]
    search_backend_name = None
    copy_view_enabled = False
    inspect_view_enabled = False
    add_to_reference_index = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename="view_manageraction")

    def register_admin_url_finder(self):
        pass


class ComplianceViewSetGroup(ViewSetGroup):
    """The "Mandatory training" menu."""

    menu_label = _("Mandatory training")
    menu_icon = "tasks"
    menu_order = 280
    items = (AssignmentRuleViewSet, ManagerActionViewSet)
