"""The platform's roles and what each may do.

Every person is a *learner*. A *manager* is scoped to one or more organisation subtrees
(``ManagerScope`` rows). The other roles are platform-wide and are Django groups, so that
Wagtail's own page and snippet permissions attach to them in the usual way.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    MANAGER = "manager", _("Manager")
    CONTENT_EDITOR = "content_editor", _("Content editor")
    CERTIFICATION_ADMIN = "certification_admin", _("Certification administrator")
    PLATFORM_ADMIN = "platform_admin", _("Platform administrator")


# Group name per group-backed role, and the permissions ("app_label.codename") it carries.
ROLE_GROUPS: dict[str, str] = {
    Role.CONTENT_EDITOR: "Content editors",
    Role.CERTIFICATION_ADMIN: "Certification administrators",
    Role.PLATFORM_ADMIN: "Platform administrators",
}

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.CONTENT_EDITOR: [
        "wagtailadmin.access_admin",
        "modules.view_localprocedure",
        "modules.add_localprocedure",
        "modules.change_localprocedure",
        "modules.delete_localprocedure",
        "wagtail_localize.submit_translation",
        *(
            f"assessments.{action}_{model}"
            for model in (
                "questionbank",
                "question",
                "scenario",
                "assessment",
                "instrument",
                "practicecase",
                "calibrationexercise",
            )
            for action in ("view", "add", "change", "delete")
        ),
    ],
    Role.CERTIFICATION_ADMIN: [
        "wagtailadmin.access_admin",
        "learning.view_person",
        "learning.view_organisation",
        "learning.view_all_people",
        "assessments.void_attempt",
        "assessments.view_attempt",
        "assessments.view_calibrationattempt",
        "certificates.manage_certificate",
        "certificates.view_certificate",
        "certificates.view_certificateaction",
        "certificates.view_statuscheck",
        *(
            f"certificates.{action}_{model}"
            for model in ("track", "apiclient", "webhooksubscription")
            for action in ("view", "add", "change", "delete")
        ),
        "certificates.view_webhookattempt",
        # The audit of manager actions (modules.compliance), named by string: learning
        # never imports modules.
        "modules.view_manageraction",
    ],
    Role.PLATFORM_ADMIN: [
        "wagtailadmin.access_admin",
        "learning.view_person",
        "learning.add_person",
        "learning.change_person",
        "learning.delete_person",
        "learning.view_organisation",
        "learning.add_organisation",
        "learning.change_organisation",
        "learning.delete_organisation",
        "learning.import_people",
        "learning.view_all_people",
        # Mandatory training (modules.compliance): the rules and the audit of manager
        # actions. Rules are switched off, not deleted, so there is no delete permission.
        *(f"modules.{action}_assignmentrule" for action in ("view", "add", "change")),
        "modules.view_manageraction",
    ],
}

# Permissions a role holds on the whole page tree (granted on Wagtail's root page) and on
# every collection of images and documents (granted on the root collection).
ROLE_PAGE_PERMISSIONS: dict[str, list[str]] = {
    Role.CONTENT_EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
ROLE_COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    Role.CONTENT_EDITOR: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}

# Roles accepted in the CSV import, with the spellings people use.
ROLE_ALIASES: dict[str, str] = {
    **{r.value: r.value for r in Role},
    "certification_administrator": Role.CERTIFICATION_ADMIN,
    "platform_administrator": Role.PLATFORM_ADMIN,
    "editor": Role.CONTENT_EDITOR,
}

# Who may grant which role: the one table every path that changes people asks (the admin's
# people form, the CSV import, later the API), through ``roles_grantable`` and
# ``role_holder_may_change``. Superusers may grant every role; nobody else appears here
# unless named. A platform administrator runs the people side, so grants every role there
# is, but can never make or change a superuser.
GRANTABLE_ROLES: dict[str, frozenset[str]] = {
    Role.PLATFORM_ADMIN: frozenset(
        {
            Role.LEARNER,
            Role.MANAGER,
            Role.CONTENT_EDITOR,
            Role.CERTIFICATION_ADMIN,
            Role.PLATFORM_ADMIN,
        }
    ),
}


def roles_grantable(*, held: set[str] | frozenset[str], is_superuser: bool) -> frozenset[str]:
    """The roles someone holding ``held`` may grant (or revoke)."""
    if is_superuser:
        return frozenset(r.value for r in Role)
    grantable: set[str] = set()
    for role in held:
        grantable |= GRANTABLE_ROLES.get(role, frozenset())
    return frozenset(grantable)


def role_holder_may_change(
    *,
    actor_roles: set[str] | frozenset[str],
    actor_is_superuser: bool,
    target_roles: set[str] | frozenset[str],
    target_is_superuser: bool,
) -> bool:
    """Whether an actor may change a person: never a superuser unless the actor is one, and
    never someone holding a role the actor may not grant (that person has rights beyond
    the actor's; changing their email would hand the actor those rights by a reset).
    Whether the actor may change people at all is the model permission's question."""
    if actor_is_superuser:
        return True
    if target_is_superuser:
        return False
    grantable = roles_grantable(held=actor_roles, is_superuser=False)
    return set(target_roles) <= grantable
