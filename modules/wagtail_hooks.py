"""Wagtail admin registrations for course content."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

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
