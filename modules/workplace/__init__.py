"""The site people use around the courses, where several apps meet: the start page ("My
learning": paths, modules in progress and completed, and for managers the units they
manage) and the team pages (a manager's people, one person, sending them a login link).
The manager dashboard joins them here.

The reads stay in the apps below (``learning.selectors.persons_visible_to`` and friends,
``modules.selectors.my_learning``); these views only combine and render them.
"""
