"""The instrument roster and the exports, under /manage/ (outside the language prefix)."""

from django.urls import path, re_path

from modules.dashboard import exports, roster

urlpatterns = [
    path("roster/", roster.manage_roster, name="manage_roster"),
    re_path(
        r"^export/team\.(?P<fmt>csv|xlsx)$", exports.manage_export_team, name="manage_export_team"
    ),
    re_path(
        r"^export/roster\.(?P<fmt>csv|xlsx)$",
        exports.manage_export_roster,
        name="manage_export_roster",
    ),
]
