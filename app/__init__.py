"""Domain, data and rules of the service office. Never imports Qt."""
