"""factory_boy factories for the platform's models. Build through the services where a
service exists, so tests exercise the same path as the application."""

from __future__ import annotations

import factory

from learning import services
from learning.models import Organisation, Person, Sector


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "learning.User"
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"User{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery")


def organisation(name_path: str, sector: str = "") -> Organisation:
    """The unit at ``name_path``, creating it and any missing ancestors (top level too)."""
    names = [n.strip() for n in name_path.split("/") if n.strip()]
    node = Organisation.get_root_nodes().filter(name=names[0]).first()
    if node is None:
        node = services.organisation_create(name=names[0])
    for name in names[1:]:
        child = node.get_children().filter(name=name).first()
        node = child or services.organisation_create(name=name, parent=node)
    if sector and node.sector != sector:
        node.sector = sector
        node.save(update_fields=["sector"])
    return node


_counter = iter(range(1, 10**9))


def person(
    *,
    units: list[Organisation] | tuple = (),
    sector: str = Sector.DAYCARE,
    password: str = "correct horse battery",
    manages: list[Organisation] | tuple = (),
    roles: list[str] | tuple = (),
    **user_fields,
) -> Person:
    """A person with a login (``password``), member of ``units``, managing ``manages``."""
    n = next(_counter)
    username = user_fields.pop("username", f"person{n}")
    created = services.person_create(
        employee_number=user_fields.pop("employee_number", f"E{n:05d}"),
        first_name=user_fields.pop("first_name", "Test"),
        last_name=user_fields.pop("last_name", f"Person{n}"),
        email=user_fields.pop("email", f"{username}@example.org"),
        sector=sector,
        username=username,
        password=password,
        **user_fields,
    )
    for unit in units:
        services.membership_add(person=created, organisation=unit)
    for unit in manages:
        services.role_grant(person=created, role="manager", organisation=unit)
    for role in roles:
        services.role_grant(person=created, role=role)
    return created
