"""followup's SQLite databases: `history` (every draft produced, `history.db`) and
`applications` (tracked applications, `apps.db`)."""
