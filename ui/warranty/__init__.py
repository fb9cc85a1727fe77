"""The warranty lookup tab (R5): the counter's "is this still under warranty?"."""
