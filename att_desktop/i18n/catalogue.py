"""Loading the gettext catalogue and translating messages (English msgid, pgettext context).

The ``.po`` files are read as they are committed (Babel's ``read_po``) and compiled in memory
on first use, so an installation needs no compile step and no tool; a frozen build ships
``resources/locale`` like any other resource.
"""

from __future__ import annotations

import gettext
import io
import string
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from att_desktop.config import resources_dir

#: The six official languages of the United Nations (the Language menu lists them in the
#: UN's order, ``config.SUPPORTED_LANGUAGES``).
LANGUAGES = ("en", "zh_CN", "fr", "ru", "es", "ar")
#: Languages whose catalogue has every message translated (a test holds them to it). Add a
#: language here when its translators have finished it.
COMPLETE_LANGUAGES = ("en", "zh_CN", "fr", "ru", "es", "ar")
SOURCE_LANGUAGE = "en"
DOMAIN = "att_desktop"

#: Contexts of the texts that come from reference data (``resources/reference``), not code:
#: the build reads them from the files and the domain asks for them by the same context.
CATEGORY_CONTEXT = "ATT category {code}"
REASON_CONTEXT = "not reportable {code}"
TEMPLATE_CONTEXT = "report template {key}"
REGION_CONTEXT = "UN M49 region"
DEFINITION_CONTEXT = "UN Register definition {code}"
#: An embargo entry's title, region, exemption texts (``resources/reference/embargoes``).
EMBARGO_CONTEXT = "embargo {id}"


def normalise(language: str) -> str:
    """The catalogue language for any tag: ``zh``, ``zh-CN``, ``zh_Hans`` -> ``zh_CN``,
    ``fr_FR`` -> ``fr``; a language outside the six is English (what every message falls
    back to)."""
    tag = language.strip().replace("-", "_")
    if tag.lower().startswith("zh"):
        return "zh_CN"
    base = tag.split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def is_rtl(language: str) -> bool:
    """Whether ``language`` is written right to left (Arabic), from CLDR's character order."""
    return bool(Locale.parse(normalise(language)).character_order == "right-to-left")


def locale_dir(resources: Path | None = None) -> Path:
    """``resources/locale``: the template and one folder per language."""
    return (resources if resources is not None else resources_dir()) / "locale"


def template_file(resources: Path | None = None) -> Path:
    """The catalogue template (every message, no translation), regenerated from the code."""
    return locale_dir(resources) / f"{DOMAIN}.pot"


def catalogue_file(language: str, resources: Path | None = None) -> Path:
    return locale_dir(resources) / language / "LC_MESSAGES" / f"{DOMAIN}.po"


# --------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class Plural:
    """A message with a plural: ``count`` names the value that chooses the form."""

    singular: str
    plural: str
    count: str = "n"


@dataclass(frozen=True)
class Message:
    """A text to be translated where it is shown: the core returns it, the edge translates it.

    ``id`` is the English text with ``{name}`` placeholders; ``params`` fill them (a param may
    be a Message too, translated in the same language). For a plural, ``plural`` is the
    English plural and the ``n`` param chooses the form.
    """

    id: str
    context: str | None = None
    plural: str | None = None
    params: tuple[tuple[str, object], ...] = ()

    def param(self, name: str) -> object:
        return dict(self.params)[name]


@dataclass(frozen=True)
class Joined:
    """A param that is a list of texts (Messages or as written) joined by a separator that is
    itself translated: ``"; "`` (Chinese ``；``) or ``", "`` (Chinese ``，``)."""

    items: tuple[object, ...]
    separator: str = "; "

    def render(self, language: str) -> str:
        if self.separator == "; ":
            sep = translate("; ", language, context="list separator between items with commas")
        else:
            sep = translate(", ", language, context="list separator")
        return sep.join(
            render(i, language, {}) if isinstance(i, Message) else str(i) for i in self.items
        )


@dataclass(frozen=True)
class Worded:
    """A param kept in English and worded for another language by a function of the layer
    that knows how (a screened subject ``End user: Name (type, XX)``), so a Message from a
    lower layer can carry it and still be shown whole in the reader's language."""

    english: str
    word: Callable[[str, str], str]

    def render(self, language: str) -> str:
        return self.english if normalise(language) == "en" else self.word(self.english, language)

    def __str__(self) -> str:
        return self.english


def data_message(text: str, context: str) -> Message:
    """A message whose English comes from reference data (the build reads it from the file)."""
    return Message(text, context)


def msg(
    msgid: str, /, *, context: str | None = None, plural: str | None = None, **params: object
) -> Message:
    """A Message; the catalogue build finds every ``msg("literal", context="literal")``."""
    return Message(msgid, context, plural, tuple(params.items()))


K = TypeVar("K")


class MessageTable(Mapping[K, "str | Plural"], Generic[K]):
    """Fixed texts by key; each key's context is ``prefix`` + the key's name.

    The catalogue build reads the literal dict given to ``message_table`` from the source,
    so keys are strings, numbers or enum members written as ``EnumClass.MEMBER``.
    """

    def __init__(self, prefix: str, entries: Mapping[K, str | Plural]) -> None:
        self.prefix = prefix
        self._entries = dict(entries)

    def __getitem__(self, key: K) -> str | Plural:
        return self._entries[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def context(self, key: K) -> str:
        return self.prefix + key_name(key)

    def text(self, key: K, language: str, **values: object) -> str:
        """The text of ``key`` in ``language``, placeholders filled (none: left as written)."""
        entry = self._entries[key]
        if isinstance(entry, Plural):
            return render(
                entry.singular,
                language,
                values,
                context=self.context(key),
                plural=entry.plural,
                n=_count(values.get(entry.count)),
            )
        return render(entry, language, values, context=self.context(key))


def message_table(prefix: str, entries: Mapping[K, str | Plural]) -> MessageTable[K]:
    """Mark a dict literal of fixed texts for the catalogue (see MessageTable)."""
    return MessageTable(prefix, entries)


def key_name(key: object) -> str:
    """A table key as its context names it: ``RiskLevel.LOW`` for an enum member."""
    if isinstance(key, Enum):
        return f"{type(key).__name__}.{key.name}"
    return str(key)


def _count(value: object) -> int:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return 1


# --------------------------------------------------------------------------- catalogues

_lock = threading.Lock()
_unknown: set[tuple[str | None, str]] = set()


@lru_cache(maxsize=len(LANGUAGES) + 1)
def _translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language``; none (English) if its file is missing."""
    path = catalogue_file(language)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as f:
        catalog = read_po(f, locale=language, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)  # fuzzy and empty translations are left out: English shows
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@lru_cache(maxsize=1)
def known_messages() -> frozenset[tuple[str | None, str]]:
    """Every (context, msgid) of the template: what the code may ask for."""
    path = template_file()
    if not path.is_file():
        return frozenset()
    with path.open("rb") as f:
        catalog = read_po(f, domain=DOMAIN)
    return frozenset((m.context, _first(m.id)) for m in catalog if m.id)


def _first(msgid: object) -> str:
    """A catalogue message's id: the singular of a plural."""
    return str(msgid[0] if isinstance(msgid, tuple | list) else msgid)


def unknown_messages() -> set[tuple[str | None, str]]:
    """Messages asked for since start-up that the template lacks (a test keeps it empty:
    such a message can never be translated)."""
    with _lock:
        return set(_unknown)


def reload() -> None:
    """Forget the loaded catalogues (after the build rewrote them)."""
    _translations.cache_clear()
    known_messages.cache_clear()
    with _lock:
        _unknown.clear()


class _Keep(dict[str, object]):
    """Placeholders without a value stay as written instead of failing the whole text."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def translate(
    message: str | Message,
    language: str,
    *,
    context: str | None = None,
    plural: str | None = None,
    n: int | None = None,
    **params: object,
) -> str:
    """``message`` in ``language`` with ``{placeholders}`` filled from ``params``.

    ``context`` is the pgettext context; with ``plural`` the form is chosen by ``n`` (also
    available as ``{n}``). An untranslated message is the English text. A Message param is
    translated in the same language first.
    """
    return render(message, language, params, context=context, plural=plural, n=n)


def render(
    message: str | Message,
    language: str,
    params: Mapping[str, object],
    *,
    context: str | None = None,
    plural: str | None = None,
    n: int | None = None,
) -> str:
    """``translate`` with the values in a mapping (for helpers that pass theirs on)."""
    if isinstance(message, Message):
        values = dict(message.params)
        count = values.get("n") if message.plural else None
        return render(
            message.id,
            language,
            values,
            context=message.context,
            plural=message.plural,
            n=_count(count) if count is not None else None,
        )
    lang = normalise(language)
    known = known_messages()
    if known and (context, message) not in known:
        with _lock:
            _unknown.add((context, message))
    tr = _translations(lang)
    filled = dict(params)
    if plural is None:
        text = tr.pgettext(context, message) if context is not None else tr.gettext(message)
    else:
        count = n if n is not None else 1
        text = (
            tr.npgettext(context, message, plural, count)
            if context is not None
            else tr.ngettext(message, plural, count)
        )
        filled.setdefault("n", count)
    if not filled:
        return text
    values = _Keep((key, _value(value, lang)) for key, value in filled.items())
    return _FORMATTER.vformat(text, (), values)


def _value(value: object, language: str) -> object:
    if isinstance(value, Message):
        return render(value, language, {})
    if isinstance(value, Joined | Worded):
        return value.render(language)
    return value


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text uses (for the catalogue's checks)."""
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}
