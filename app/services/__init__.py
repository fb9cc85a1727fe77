"""Office jobs. The only code that writes to the database; every write is a transaction."""
