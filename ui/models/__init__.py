"""Qt item models over plain snapshot objects (never live ORM rows)."""
