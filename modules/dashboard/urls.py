"""The manager dashboard, included under "manage/" (outside the language prefix)."""

from django.urls import path

from modules.dashboard import views

urlpatterns = [
    path("", views.manage_overview, name="manage_overview"),
    path("people/", views.manage_people, name="manage_people"),
    path("people/<int:pk>/", views.manage_person, name="manage_person"),
    path("people/<int:pk>/assign/", views.manage_assign, name="manage_assign"),
    path(
        "people/<int:pk>/sector-access/",
        views.manage_sector_access,
        name="manage_sector_access",
    ),
    path(
        "assignments/<int:pk>/exempt/",
        views.manage_assignment_exempt,
        name="manage_assignment_exempt",
    ),
    path(
        "assignments/<int:pk>/extend/",
        views.manage_assignment_extend,
        name="manage_assignment_extend",
    ),
]
