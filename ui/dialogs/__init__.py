"""Dialogs: export, error and confirmation messages."""
