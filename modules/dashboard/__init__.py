"""The manager dashboard: completion, overdue and due-soon lists, expiring certificates,
the instrument roster, a person's drill-down and the manager's actions on them, and the
exports, scoped to the reader's units (``modules.compliance.selectors.Scope``)."""
