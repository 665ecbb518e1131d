"""Wagtail page types and StreamField blocks: course content only."""
