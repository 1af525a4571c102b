"""Re-export, re-transfer and change requests on a licence (issue 14): the dialogs."""
