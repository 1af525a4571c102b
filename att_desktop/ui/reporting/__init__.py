"""Reporting windows: the annual report builder, the reporting calendar, shipments, imports.

One function per window, for the main window's "Reports" menu:

- ``open_report_builder(parent, db, actor=, prompter=, language=, open_record=)``
- ``open_reporting_calendar(parent, db, actor=, prompter=)``
- ``open_shipment_dialog(parent, db, actor=, prompter=, licence_id=)``
- ``open_customs_import(parent, db, actor=, prompter=)``
- ``open_import_authorisations(parent, db, actor=, prompter=, language=)``

``actor`` is a callable (``AppContext.actor``) asked at every service call, so a window left
open acts as whoever is signed in at the time; the services check the role themselves.
"""

from att_desktop.ui.reporting.calendar import ReportingCalendarDialog, open_reporting_calendar
from att_desktop.ui.reporting.imports import ImportAuthorisationDialog, open_import_authorisations
from att_desktop.ui.reporting.report_builder import ReportBuilderDialog, open_report_builder
from att_desktop.ui.reporting.shipments import (
    CustomsImportDialog,
    ShipmentDialog,
    open_customs_import,
    open_shipment_dialog,
)

__all__ = [
    "CustomsImportDialog",
    "ImportAuthorisationDialog",
    "ReportBuilderDialog",
    "ReportingCalendarDialog",
    "ShipmentDialog",
    "open_customs_import",
    "open_import_authorisations",
    "open_report_builder",
    "open_reporting_calendar",
    "open_shipment_dialog",
]
