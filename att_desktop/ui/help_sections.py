"""The user guide's chapters and sections, and which section each window's F1 opens.

Qt-free on purpose: the unit tests check the guide (every chapter in every language, the same
sections, every image present, every anchor below found) without a display. The guide itself
is HTML under ``resources/guide/<language>/``, one file per chapter; a section is a heading
that starts with a named anchor, ``<h2><a name="officer-assessment"></a>…</h2>``, and its id
is unique across the whole guide so F1 needs only the id.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from att_desktop.config import resources_dir

#: The chapters, in reading order: the introduction, then one per role.
CHAPTERS: tuple[str, ...] = (
    "introduction",
    "officer",
    "committee",
    "decider",
    "focal-point",
    "administrator",
)

#: The guide's languages; a language without a guide shows the English one.
GUIDE_LANGUAGES: tuple[str, ...] = ("en", "zh_CN", "fr", "ru", "es", "ar")
FALLBACK_LANGUAGE = "en"

#: What F1 opens: a window's (or a part's) class name or object name -> section id. F1 walks
#: from the focused widget up through its parents and opens the first one named here, so the
#: Committee tab inside the main window opens the committee chapter, the rest of the window
#: its own section.
HELP_SECTIONS: dict[str, str] = {
    "MainWindow": "main-window",
    "LockScreen": "sign-in",
    "ChangePasswordDialog": "sign-in",
    "GuideWindow": "using-the-guide",
    "ApplicationDialog": "officer-register",
    "DocumentDialog": "officer-documents",
    "assessmentWizard": "officer-assessment",
    "SubmitReviewDialog": "officer-submit",
    "DenialNoticesDialog": "officer-other-tools",
    "DestinationFilesWindow": "officer-destination-files",
    "destinationEntryDialog": "officer-destination-files",
    "ReviewPanel": "committee-tab",
    "OpinionDialog": "committee-opinion",
    "MyWorkDock": "committee-my-work",
    "CommitteeSessionWindow": "committee-sessions",
    "DecideDialog": "decider-decide",
    "ReassessmentDialog": "decider-reassessment",
    "reportBuilder": "focal-annual-report",
    "ReportingCalendarDialog": "focal-calendar",
    "ShipmentDialog": "focal-shipments",
    "CustomsImportDialog": "focal-shipments",
    "ImportAuthorisationDialog": "focal-shipments",
    "accountsDialog": "admin-accounts",
    "EmbargoDataDialog": "admin-reference-data",
    "DatabaseDialog": "admin-database",
    # Settings → Authority… (issue 11): named after the dialog its slice adds.
    "AuthoritySettingsDialog": "admin-authority",
    # Licence follow-up (issue 14): the register window, the case's tab and their dialogs.
    "FollowUpWindow": "officer-follow-up",
    "ObligationsPanel": "officer-follow-up",
    "ObligationDialog": "officer-follow-up",
    "RulesDialog": "officer-follow-up",
    # Licence change requests (issue 14): re-export, re-transfer, new end user.
    "ChangeRequestsDialog": "decider-change-requests",
    # Users and agencies (issue 14): handing over a leaver's work, and the agencies'
    # mandates and consultation rules.
    "DeactivationDialog": "admin-deactivate-handover",
    "MandateDialog": "admin-consultation",
    "RulesTab": "admin-consultation",
}

_SECTION = re.compile(r'<h([1-3])><a name="([a-z0-9-]+)"></a>(.*?)</h\1>', re.DOTALL)
_IMAGE = re.compile(r'<img [^>]*src="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Section:
    """One heading of the guide: its id, level (1 = the chapter's title) and text."""

    id: str
    level: int
    title: str


def guide_dir() -> Path:
    return resources_dir() / "guide"


def guide_language(language: str) -> str:
    """The guide's language for a UI language: itself if the guide has it, else English."""
    return language if (guide_dir() / language).is_dir() else FALLBACK_LANGUAGE


def chapter_file(chapter: str, language: str) -> Path:
    return guide_dir() / guide_language(language) / f"{chapter}.html"


def sections_in(text: str) -> list[Section]:
    """The headings of one chapter's HTML, in order."""
    return [
        Section(anchor, int(level), html.unescape(_TAG.sub("", title)).strip())
        for level, anchor, title in _SECTION.findall(text)
    ]


def images_in(text: str) -> list[str]:
    """The image paths one chapter's HTML refers to (relative to the chapter)."""
    return _IMAGE.findall(text)


def chapter_sections(chapter: str, language: str) -> list[Section]:
    return sections_in(chapter_file(chapter, language).read_text(encoding="utf-8"))


def chapter_of(section: str, language: str = FALLBACK_LANGUAGE) -> str | None:
    """The chapter that holds a section id, or None."""
    for chapter in CHAPTERS:
        if any(s.id == section for s in chapter_sections(chapter, language)):
            return chapter
    return None


def help_section(names: list[str]) -> str | None:
    """The section for the first of ``names`` (class or object names, innermost first) that
    the registry knows."""
    for name in names:
        if name in HELP_SECTIONS:
            return HELP_SECTIONS[name]
    return None
