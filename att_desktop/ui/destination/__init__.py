"""A file per destination State: the window, the entry dialog and the wizard's panel."""
