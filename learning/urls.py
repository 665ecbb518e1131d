from django.urls import include, path

from learning import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("team/", views.team, name="team"),
    path("team/<int:pk>/", views.team_person, name="team_person"),
    path(
        "team/<int:pk>/login-link/",
        views.team_person_send_login_link,
        name="team_person_send_login_link",
    ),
    path("", include("learning.auth.urls")),
]
