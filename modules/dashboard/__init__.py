"""The manager dashboard: completion, overdue and due-soon lists, expiring certificates,
a person's drill-down and the manager's actions on them, scoped to the reader's units
(``modules.compliance.selectors.Scope``)."""
