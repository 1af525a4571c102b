"""The Qt user interface: windows, table models and dialogs.

Only this package imports Qt. It asks ``att_desktop.services`` for plain data and shows it;
it never computes a treaty outcome or a report total itself.
"""
