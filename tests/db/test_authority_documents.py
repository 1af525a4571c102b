"""The authority's profile and the people on a case's documents (issue 11, item 7)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from att_desktop.db.engine import Database
from att_desktop.db.models import Event
from att_desktop.domain.assessment.model import Ground
from att_desktop.domain.enums import OpinionKind
from att_desktop.i18n import translate
from att_desktop.services import accounts, committee, decisions, documents
from att_desktop.services.authority import (
    MAX_LETTERHEAD_BYTES,
    AuthorityProfile,
    AuthorityProfileInvalid,
    LetterheadInvalid,
    get_authority,
    image_format,
    save_authority,
)
from att_desktop.services.committee import OpinionInput
from att_desktop.services.documents import DocumentKind
from att_desktop.services.permissions import PermissionDenied
from tests.accounts_helpers import Committee, assessed_case, committee_db, committee_template
from tests.db.assessment_helpers import authorise, deny

__all__ = ["committee_db", "committee_template"]  # fixtures used by name


@pytest.fixture
def db(committee_db: Database) -> Database:
    return committee_db


@pytest.fixture
def people(committee_template: tuple[object, Committee]) -> Committee:
    return committee_template[1]


def png(width: int = 400, height: int = 80) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 60, 120)).save(out, format="PNG")
    return out.getvalue()


PROFILE = AuthorityProfile(
    name="Export Control Agency of Norland",
    address="12 Harbour Street\nNorport 0150",
    reporting_state="se",
    contact_name="Ingrid Berg",
    contact_email="exports@eca.example.org",
    contact_phone="+46 8 123 45 67",
    default_currency="sek",
    signatory_wording="For the Minister, by delegation",
    appeal_information="You may ask the Export Review Board to review this decision.",
)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# --- the profile ------------------------------------------------------------------------------


def test_the_administrator_saves_the_profile_and_the_history_records_it(
    db: Database, people: Committee
) -> None:
    saved = save_authority(db, PROFILE, actor=people.admin.actor)
    assert saved.reporting_state == "SE" and saved.default_currency == "SEK"
    assert get_authority(db) == saved
    # The reporting State is the one the annual report and denial notices already use.
    from att_desktop.services.imports import authority_country

    assert authority_country(db) == "SE"
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "authority_profile_set")).one()
        assert event.actor_name == people.admin.full_name
        assert event.after["name"] == PROFILE.name
        assert event.before["name"] == ""
    # Saving the same again records nothing.
    save_authority(db, saved, actor=people.admin.actor)
    with db.session() as session:
        count = session.scalars(select(Event).where(Event.action == "authority_profile_set"))
        assert len(count.all()) == 1


@pytest.mark.parametrize("who", ["officer", "decider", "focal"])
def test_only_an_administrator_changes_the_profile(
    db: Database, people: Committee, who: str
) -> None:
    with pytest.raises(PermissionDenied, match="administrator"):
        save_authority(db, PROFILE, actor=getattr(people, who).actor)
    assert get_authority(db).name == ""


def test_each_wrong_field_is_named(db: Database, people: Committee) -> None:
    wrong = AuthorityProfile(
        name=" ",
        reporting_state="XX",
        contact_email="nobody",
        default_currency="euro",
        document_language="de",
    )
    with pytest.raises(AuthorityProfileInvalid) as caught:
        save_authority(db, wrong, actor=people.admin.actor)
    assert set(caught.value.problems) == {
        "name",
        "reporting_state",
        "contact_email",
        "default_currency",
        "document_language",
    }
    assert "treaty's languages" in translate(caught.value.problems["document_language"], "en")
    assert "treaty's languages" in str(caught.value)
    french = caught.value.translated("fr")
    assert "de" in french and "treaty" not in french and "email" not in french
    assert get_authority(db) == AuthorityProfile()


def test_a_letterhead_is_stored_as_its_bytes_and_the_history_keeps_only_its_fingerprint(
    db: Database, people: Committee
) -> None:
    image = png()
    save_authority(db, AuthorityProfile(name="ECA", letterhead=image), actor=people.admin.actor)
    assert get_authority(db).letterhead == image
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "authority_profile_set")).one()
        assert event.after["letterhead"]["bytes"] == len(image)


def test_a_bad_or_oversized_letterhead_is_refused_with_a_clear_message(
    db: Database, people: Committee
) -> None:
    with pytest.raises(LetterheadInvalid, match="not a readable PNG or JPEG"):
        image_format(b"\x89PNG\r\n\x1a\n but not really an image")
    gif = io.BytesIO()
    Image.new("RGB", (10, 10)).save(gif, format="GIF")
    with pytest.raises(LetterheadInvalid, match="GIF image; use a PNG or JPEG"):
        image_format(gif.getvalue())
    with pytest.raises(LetterheadInvalid, match="at most 512 KB"):
        image_format(b"\0" * (MAX_LETTERHEAD_BYTES + 1))
    with pytest.raises(AuthorityProfileInvalid) as caught:
        save_authority(
            db, AuthorityProfile(name="ECA", letterhead=b"junk"), actor=people.admin.actor
        )
    assert "letterhead" in caught.value.problems
    assert get_authority(db).letterhead == b""


def test_job_titles_are_set_by_the_administrator_and_recorded(
    db: Database, people: Committee
) -> None:
    view = accounts.set_job_title(db, people.admin, people.decider.user_id, " Director-General ")
    assert view.job_title == "Director-General"
    assert accounts.get_user(db, people.decider.user_id).job_title == "Director-General"
    with pytest.raises(PermissionDenied):
        accounts.set_job_title(db, people.officer, people.officer.user_id, "Minister")
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.action == "job_title_changed")).one()
        assert event.after["job_title"] == "Director-General"


# --- the documents ----------------------------------------------------------------------------


def _reviewed(db: Database, people: Committee) -> int:
    """A case assessed by the officer with two opinions, one with a condition."""
    case_id = assessed_case(db, people.officer)
    committee.request_review(db, people.officer, case_id, [people.mfa, people.mod])
    committee.record_opinion(
        db,
        people.mfa_member,
        case_id,
        OpinionInput(
            OpinionKind.APPROVE_WITH_CONDITIONS,
            "Acceptable with a delivery check.",
            "Post-shipment verification within 12 months",
        ),
    )
    committee.record_opinion(
        db, people.mod_member, case_id, OpinionInput(OpinionKind.APPROVE, "No concerns.")
    )
    return case_id


def test_the_licence_is_headed_by_the_authority_and_signed_by_the_decider(
    db: Database, people: Committee, tmp_path: Path
) -> None:
    save_authority(db, PROFILE, actor=people.admin.actor)
    accounts.set_job_title(db, people.admin, people.decider.user_id, "Director of Export Control")
    case_id = _reviewed(db, people)
    decisions.decide(db, case_id, authorise(db, case_id), actor=people.decider.actor)
    assert documents.available_documents(db, case_id) == (
        DocumentKind.ASSESSMENT,
        DocumentKind.LICENCE,
    )
    out = documents.write_case_document(db, case_id, DocumentKind.LICENCE, tmp_path / "l.pdf", "en")
    text = text_of(out)
    assert "Export Control Agency of Norland" in text
    assert "12 Harbour Street" in text
    assert "For the Minister, by delegation" in text
    assert people.decider.full_name in text
    assert "Director of Export Control" in text
    assert "National licensing authority" not in text
    assert "Name: —" not in text

    record = documents.write_case_document(
        db, case_id, DocumentKind.ASSESSMENT, tmp_path / "a.pdf", "en"
    )
    text = text_of(record)
    assert f"Assessed by\n{people.officer.full_name}" in text
    assert "Opinions of the committee" in text
    flowing = " ".join(text.split())  # a name may wrap in its column
    assert "Ministry of Foreign Affairs" in flowing and "Ministry of Defence" in flowing
    assert "Approve with conditions" in text
    assert "Post-shipment verification within 12 months" in text
    assert people.mfa_member.full_name in text
    assert f"{people.decider.full_name}, Director of Export Control" in text
    with pytest.raises(Exception, match="not been denied"):
        documents.write_case_document(db, case_id, DocumentKind.DENIAL, tmp_path / "d.pdf", "en")


def test_the_denial_letter_carries_the_appeal_information_and_the_signatory(
    db: Database, people: Committee, tmp_path: Path
) -> None:
    save_authority(db, PROFILE, actor=people.admin.actor)
    accounts.set_job_title(db, people.admin, people.decider.user_id, "Director of Export Control")
    case_id = assessed_case(db, people.officer)
    decisions.decide(
        db, case_id, deny(grounds=(Ground(7, 1, "a", ""),)), actor=people.decider.actor
    )
    assert DocumentKind.DENIAL in documents.available_documents(db, case_id)
    out = documents.write_case_document(db, case_id, DocumentKind.DENIAL, tmp_path / "d.pdf", "zh")
    text = text_of(out)
    assert "Export Control Agency of Norland" in text
    assert "Export Review Board" in text
    assert "exports@eca.example.org" in text
    assert "For the Minister, by delegation" in text
    assert people.decider.full_name in text and "Director of Export Control" in text


def test_letters_are_written_in_the_authoritys_document_language_whatever_the_screen(
    db: Database, people: Committee, tmp_path: Path
) -> None:
    """A Chinese-speaking officer's screen makes the English letter the authority sends."""
    case_id = assessed_case(db, people.officer)
    decisions.decide(
        db, case_id, deny(grounds=(Ground(7, 1, "a", ""),)), actor=people.decider.actor
    )
    screen = documents.write_case_document(
        db, case_id, DocumentKind.DENIAL, tmp_path / "screen.pdf", "zh_CN"
    )
    assert "拒绝" in text_of(screen)  # no document language set: the screen's
    save_authority(db, replace(PROFILE, document_language="en"), actor=people.admin.actor)
    assert get_authority(db).document_language == "en"
    letter = documents.write_case_document(
        db, case_id, DocumentKind.DENIAL, tmp_path / "letter.pdf", "zh_CN"
    )
    text = text_of(letter)
    assert "Refusal of an export licence" in text and "拒绝" not in text


def test_a_letterhead_is_drawn_on_the_documents(
    db: Database, people: Committee, tmp_path: Path
) -> None:
    save_authority(db, PROFILE.__class__(name="ECA", letterhead=png()), actor=people.admin.actor)
    case_id = assessed_case(db, people.officer)
    out = documents.write_case_document(
        db, case_id, DocumentKind.ASSESSMENT, tmp_path / "a.pdf", "en"
    )
    first = PdfReader(out).pages[0]
    assert len(first.images) >= 1


def test_the_annual_report_starts_from_the_authoritys_contact_point_and_currency(
    db: Database, people: Committee
) -> None:
    from att_desktop.services import report_settings

    save_authority(db, PROFILE, actor=people.admin.actor)
    defaults = report_settings.get_report_defaults(db)
    assert defaults.contact.name == "Ingrid Berg"
    assert defaults.contact.organisation == "Export Control Agency of Norland"
    assert defaults.contact.email == "exports@eca.example.org"
    assert defaults.report_currency == "SEK"
    # The focal point's own choices, once saved, win.
    own = replace(defaults, report_currency="EUR")
    report_settings.save_report_defaults(db, own, actor=people.focal.actor)
    assert report_settings.get_report_defaults(db) == own
