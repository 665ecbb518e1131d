"""Wagtail admin menu helpers shared by the apps: an entry shown only to those its view lets
in."""

from django.http import HttpRequest
from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A menu entry shown only to holders of ``permission`` (the views check it too)."""

    def __init__(self, *args, permission: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request: HttpRequest) -> bool:
        return request.user.has_perm(self.permission)
