"""Complaint handling (R6): the dialog that walks a complaint through its steps."""
