"""The words for change requests' kinds, requesters and states, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from att_desktop.services.change_requests import ChangeKind, Requester, RequestStatus


def kind_label(kind: ChangeKind | str) -> str:
    labels = {
        ChangeKind.RE_EXPORT: QCoreApplication.translate("ChangeRequests", "Re-export"),
        ChangeKind.RE_TRANSFER: QCoreApplication.translate(
            "ChangeRequests", "Re-transfer within the importing State"
        ),
        ChangeKind.CHANGE_END_USER: QCoreApplication.translate(
            "ChangeRequests", "Change of end user"
        ),
        ChangeKind.CHANGE_END_USE: QCoreApplication.translate(
            "ChangeRequests", "Change of end use"
        ),
        ChangeKind.CHANGE_LOCATION: QCoreApplication.translate(
            "ChangeRequests", "Change of location"
        ),
    }
    try:
        return labels[ChangeKind(kind)]
    except ValueError:
        return str(kind).replace("_", " ")


def requester_label(requester: Requester | str) -> str:
    labels = {
        Requester.IMPORTING_STATE: QCoreApplication.translate(
            "ChangeRequests", "The importing State's authority"
        ),
        Requester.END_USER: QCoreApplication.translate("ChangeRequests", "The end user"),
        Requester.EXPORTER: QCoreApplication.translate("ChangeRequests", "The exporter"),
    }
    try:
        return labels[Requester(requester)]
    except ValueError:
        return str(requester).replace("_", " ")


def request_status_label(status: RequestStatus | str) -> str:
    labels = {
        RequestStatus.PENDING: QCoreApplication.translate("ChangeRequests", "Awaiting decision"),
        RequestStatus.CONSENTED: QCoreApplication.translate("ChangeRequests", "Consented"),
        RequestStatus.REFUSED: QCoreApplication.translate("ChangeRequests", "Refused"),
    }
    try:
        return labels[RequestStatus(status)]
    except ValueError:
        return str(status)
