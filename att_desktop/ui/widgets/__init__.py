"""Reusable input widgets for the dialogs: country choosers, party and line-item editors."""
