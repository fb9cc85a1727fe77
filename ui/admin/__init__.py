"""Office administration: roster, departments and routing, time limits, calendar, settings."""
