"""Where ATT Desktop keeps its data and settings.

Nothing here is a global: callers build an ``AppPaths`` (normally from platformdirs) and pass
it down, so tests can point everything at a temporary directory.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from att_desktop import APP_ID

#: Overrides the per-user data directory (used by tests and portable installs).
DATA_DIR_ENV = "ATT_DESKTOP_DATA_DIR"
DB_FILENAME = "att-desktop.sqlite3"
SETTINGS_FILENAME = "settings.json"
LOG_DIRNAME = "logs"
LOG_FILENAME = "att-desktop.log"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        override = os.environ.get(DATA_DIR_ENV)
        if override:
            base = Path(override)
            return cls(data_dir=base, config_dir=base)
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
        )

    @property
    def default_db(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILENAME

    @property
    def log_file(self) -> Path:
        """Where the GUI and the commands log (rotated; see ``att_desktop.logging_setup``)."""
        return log_file_in(self.data_dir)


def log_file_in(data_dir: Path) -> Path:
    """The log file of a data folder (Help → About names it from the folder alone)."""
    return data_dir / LOG_DIRNAME / LOG_FILENAME


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, in a checkout, a wheel or a frozen build."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "reference").is_dir():
            return candidate
    raise FileNotFoundError("ATT Desktop's resources folder is missing from this installation")


@dataclass(frozen=True)
class UserSettings:
    """Per-workstation preferences; authority-wide settings live in the database."""

    language: str = "en"
    recent_databases: tuple[str, ...] = field(default_factory=tuple)

    def with_language(self, language: str) -> UserSettings:
        return replace(self, language=language)


#: The treaty's six languages, named in themselves, in the UN's order (Arabic, Chinese,
#: English, French, Russian, Spanish): documents (licences, letters, reports) are written in
#: any of them.
DOCUMENT_LANGUAGES: dict[str, str] = {
    "ar": "العربية",
    "zh_CN": "简体中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}

#: The languages offered on screen: a language joins once its catalogues are complete (the
#: tests hold every offered language to that); today all six.
SUPPORTED_LANGUAGES: dict[str, str] = dict(DOCUMENT_LANGUAGES)


def load_settings(paths: AppPaths) -> UserSettings:
    """Read settings, falling back to defaults if the file is missing or unreadable."""
    try:
        raw: Any = json.loads(paths.settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()
    if not isinstance(raw, dict):
        return UserSettings()
    language = raw.get("language", "en")
    if language not in SUPPORTED_LANGUAGES:
        language = "en"
    recent = raw.get("recent_databases", [])
    recent_t = tuple(str(p) for p in recent) if isinstance(recent, list) else ()
    return UserSettings(language=language, recent_databases=recent_t)


def save_settings(paths: AppPaths, settings: UserSettings) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    data = asdict(settings)
    data["recent_databases"] = list(settings.recent_databases)
    tmp = paths.settings_file.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(paths.settings_file)
