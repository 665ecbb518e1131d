"""The start page and the team pages, outside the language prefix (see config/urls.py)."""

from django.urls import include, path

from modules.workplace import preferences, views

urlpatterns = [
    path("", views.start, name="start"),
    path("my/certificates/", views.my_certificates, name="my_certificates"),
    path("my/preferences/", preferences.my_preferences, name="my_preferences"),
    path("team/", views.team, name="team"),
    path("team/<int:pk>/", views.team_person, name="team_person"),
    path(
        "team/<int:pk>/login-link/",
        views.team_person_send_login_link,
        name="team_person_send_login_link",
    ),
    path("manage/", include("modules.dashboard.urls")),
    path("manage/", include("modules.dashboard.roster_urls")),
]
