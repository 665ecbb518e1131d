"""The manager dashboard: completion, the instrument roster, exports."""
