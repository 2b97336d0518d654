"""followup's SQLite databases: `sqlite` (how both are opened and migrated), `history` (every
draft produced, `history.db`) and `applications` (tracked applications, `apps.db`)."""
