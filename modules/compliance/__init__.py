"""Mandatory training: assignment rules, assignments, the summaries the manager dashboard
reads, reminders and the audit of managers' actions (docs/compliance.md)."""
