"""Licence follow-up (issue 14): the register window, the case's Follow-up tab, their dialogs."""
