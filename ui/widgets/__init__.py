"""Reusable widgets shared by the views and editors."""
