"""Django's admin (/django-admin/) is for superusers only, and read-only for people."""

from django.urls import reverse

from learning.models import User
from tests import factories


def test_platform_admin_who_is_not_a_superuser_is_refused(client, tree):
    admin = factories.person(roles=["platform_admin"])
    User.objects.filter(pk=admin.user_id).update(is_staff=True)
    client.force_login(admin.user)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.get(reverse("admin:learning_person_changelist")).status_code == 302


def test_superuser_is_admitted_and_sees_people_read_only(client, tree):
    person = factories.person(first_name="Ida", last_name="Hansen", units=[tree["daycare"]])
    boss = factories.person()
    User.objects.filter(pk=boss.user_id).update(is_superuser=True, is_staff=True)
    client.force_login(boss.user)

    assert client.get(reverse("admin:index")).status_code == 200
    assert "Ida Hansen" in client.get(reverse("admin:learning_person_changelist")).content.decode()
    assert client.get(reverse("admin:learning_person_change", args=[person.pk])).status_code == 200
    assert client.get(reverse("admin:learning_organisation_changelist")).status_code == 200
    assert client.get(reverse("admin:learning_person_add")).status_code == 403
