"""Licences issued on authorised cases (issued by the decision service, issue 3)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from att_desktop.db.models import Licence
from att_desktop.services.dto import LicenceView


def licence_views(session: Session, application_id: int) -> tuple[LicenceView, ...]:
    rows = session.scalars(
        select(Licence).where(Licence.application_id == application_id).order_by(Licence.id)
    )
    return tuple(
        LicenceView(lic.id, lic.number, lic.status, lic.issued_on, lic.valid_from, lic.valid_until)
        for lic in rows
    )
