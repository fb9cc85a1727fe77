"""The Qt face of the service office: shows and edits the domain in app/ through its services."""
