"""File formats ATT Desktop writes and reads: register spreadsheets, reports. No Qt here."""
