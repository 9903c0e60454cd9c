"""The views the main window's navigator shows: one module per view."""
