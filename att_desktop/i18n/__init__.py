"""One gettext catalogue for every text outside the Qt widgets (PDFs, reports, engine texts).

The Qt widgets are translated with Qt Linguist (``resources/translations/*.ts``); everything
else the program writes for a reader goes through this package, so a translator works in one
catalogue per language: ``resources/locale/<lang>/LC_MESSAGES/att_desktop.po``. The English
text is the message id, so an untranslated message falls back to English, never to a key.

Dates, numbers, amounts and lists are formatted with Babel's CLDR data, so each language gets
its own conventions without hand-written tables. Qt-free: the domain may return ``Message``
values and the PDF/report writers translate them.
"""

from __future__ import annotations

from att_desktop.i18n.catalogue import (
    CATEGORY_CONTEXT,
    COMPLETE_LANGUAGES,
    DEFINITION_CONTEXT,
    EMBARGO_CONTEXT,
    LANGUAGES,
    REASON_CONTEXT,
    REGION_CONTEXT,
    TEMPLATE_CONTEXT,
    Joined,
    Message,
    MessageTable,
    Plural,
    Worded,
    catalogue_file,
    data_message,
    is_rtl,
    known_messages,
    locale_dir,
    message_table,
    msg,
    normalise,
    placeholders,
    reload,
    render,
    template_file,
    translate,
    unknown_messages,
)
from att_desktop.i18n.formatting import (
    babel_locale,
    colon,
    format_currency,
    format_date,
    format_decimal,
    format_list,
    join,
    sentences,
)

__all__ = [
    "CATEGORY_CONTEXT",
    "COMPLETE_LANGUAGES",
    "DEFINITION_CONTEXT",
    "EMBARGO_CONTEXT",
    "LANGUAGES",
    "REASON_CONTEXT",
    "REGION_CONTEXT",
    "TEMPLATE_CONTEXT",
    "Joined",
    "Message",
    "MessageTable",
    "Plural",
    "Worded",
    "babel_locale",
    "catalogue_file",
    "colon",
    "data_message",
    "format_currency",
    "format_date",
    "format_decimal",
    "format_list",
    "is_rtl",
    "join",
    "known_messages",
    "locale_dir",
    "message_table",
    "msg",
    "normalise",
    "placeholders",
    "reload",
    "render",
    "sentences",
    "template_file",
    "translate",
    "unknown_messages",
]
