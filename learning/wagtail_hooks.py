"""Wagtail admin registrations for people, organisations and the CSV import."""
