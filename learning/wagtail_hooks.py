"""Wagtail admin registrations for people, organisations and the CSV import."""

from wagtail import hooks

from learning.viewsets import PeopleViewSetGroup


@hooks.register("register_admin_viewset")
def register_people_viewsets() -> PeopleViewSetGroup:
    return PeopleViewSetGroup()


# --- CSV import ---
# Upload → preview → commit at /cms/people-import/, and "Import people" in the People menu
# (shown to holders of learning.import_people). Views and menu item: learning/admin_import.py.
from learning import admin_import  # noqa: E402  (kept with its block, appended last)

hooks.register("register_admin_urls", admin_import.admin_urls)
hooks.register("register_people_menu_item", admin_import.menu_item)
