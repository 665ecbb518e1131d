"""Who can see whom: the scope rules every view relies on."""

from learning.selectors import organisations_managed_by, persons_visible_to, user_roles
from tests import factories


def test_manager_sees_members_of_their_subtree_and_themself_only(tree):
    in_daycare = factories.person(units=[tree["daycare"]])
    in_school = factories.person(units=[tree["school"]])
    in_jobs = factories.person(units=[tree["jobs"]], sector="job_centre")
    manager = factories.person(units=[tree["children"]], manages=[tree["children"]])

    visible = set(persons_visible_to(user=manager.user))

    assert visible == {in_daycare, in_school, manager}
    assert in_jobs not in visible


def test_manager_of_two_subtrees_sees_both(tree):
    in_daycare = factories.person(units=[tree["daycare"]])
    in_jobs = factories.person(units=[tree["jobs"]])
    factories.person(units=[tree["school"]])
    manager = factories.person(manages=[tree["daycare"], tree["jobs"]])

    assert set(persons_visible_to(user=manager.user)) == {in_daycare, in_jobs, manager}


def test_learner_sees_only_themself(tree):
    learner = factories.person(units=[tree["daycare"]])
    factories.person(units=[tree["daycare"]])

    assert list(persons_visible_to(user=learner.user)) == [learner]


def test_platform_admin_sees_everyone(tree):
    people = {factories.person(units=[tree[k]]) for k in ("daycare", "school", "jobs")}
    admin = factories.person(roles=["platform_admin"])

    assert set(persons_visible_to(user=admin.user)) == people | {admin}


def test_a_person_in_two_units_appears_once(tree):
    both = factories.person(units=[tree["daycare"], tree["school"]])
    manager = factories.person(manages=[tree["children"]])

    assert list(persons_visible_to(user=manager.user)).count(both) == 1


def test_roles_and_managed_units(tree):
    manager = factories.person(manages=[tree["children"]], roles=["content_editor"])

    assert user_roles(user=manager.user) == {"learner", "manager", "content_editor"}
    assert set(organisations_managed_by(user=manager.user)) == {
        tree["children"],
        tree["daycare"],
        tree["school"],
    }
