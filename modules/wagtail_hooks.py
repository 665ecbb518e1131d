"""Wagtail admin registrations for course content, and the "Mandatory training" menu
(assignment rules and the audit of manager actions, ``modules.compliance.viewsets``)."""

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from modules.compliance.viewsets import ComplianceViewSetGroup
from modules.models import LocalProcedure


class LocalProcedureViewSet(SnippetViewSet):
    model = LocalProcedure
    icon = "site"
    menu_label = "Local procedures"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["organisation", "contact_name", "phone", "locale"]
    search_fields = ["contact_name", "organisation__name"]


register_snippet(LocalProcedureViewSet)


@hooks.register("register_admin_viewset")
def register_compliance_viewsets() -> ComplianceViewSetGroup:
    return ComplianceViewSetGroup()
