"""Wagtail admin registrations for people, organisations and the CSV import."""

from wagtail import hooks

from learning.people_admin.viewsets import PeopleViewSetGroup


@hooks.register("register_admin_viewset")
def register_people_viewsets() -> PeopleViewSetGroup:
    return PeopleViewSetGroup()


# --- CSV import ---
# Upload → preview → commit at /cms/people-import/, and "Import people" in the People menu
# (shown to holders of learning.import_people). Views and menu item:
# learning/people_import/views.py.
from learning.people_import import views as people_import_views  # noqa: E402  (with its block)

hooks.register("register_admin_urls", people_import_views.admin_urls)
hooks.register("register_people_menu_item", people_import_views.menu_item)
