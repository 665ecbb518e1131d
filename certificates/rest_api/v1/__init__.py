"""Version 1 of the certification status API (docs/integration-api.md)."""
