"""Plain text as a type: every free-text field of every record kind is declared with one of these.

Records come from schools by pull request, so every value is untrusted. The rule, documented for contributors in
CONTRIBUTING.md («Текст в полях»):

- markup-looking text (``<b>``, ``{{ … }}``, ``=ФОРМУЛА()``) is accepted and always shown literally: the site escapes
  every value where it reaches HTML (``shnor.site.theme_text``), exports write it as text (``shnor.spreadsheet_cells``);
- control characters (U+0000–U+001F but the line break in multi-line text, U+007F–U+009F) and the invisible
  direction overrides that can disguise text (U+202A–U+202E, U+2066–U+2069) are refused;
- a line break is refused in a single-line field (a title, a name): it would break a page title, a calendar
  entry or a spreadsheet row.

``PlainLine``/``PlainText`` carry a ``PlainTextField`` marker in their metadata, so a test can walk every model and
find every free-text field without a hand-made list (tests/security/).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

from shnor.records.patterns import Patterned

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# Control characters but the tab and line breaks, and the bidirectional overrides.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAK = re.compile(f"[{_LINE_BREAKS}]")
_TAB = re.compile(r"\t")


@dataclass(frozen=True)
class PlainTextField:
    """Marks a schema type as free text shown literally; ``multiline`` allows line breaks (``\\n`` only)."""

    multiline: bool


def _codepoint(char: str) -> str:
    return f"U+{ord(char):04X}"


def plain_text_error(value: str, multiline: bool) -> str | None:
    """The Russian reason ``value`` cannot be a plain-text value, or None."""
    found = _CONTROL.search(value)
    if found:
        return (f"недопустимый невидимый символ {_codepoint(found.group())} (позиция {found.start() + 1}): "
                "удалите его — часто он попадает при копировании из другой программы")
    if multiline:
        stray = re.search(r"\r(?!\n)|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", value)
        if stray:
            return (f"недопустимый символ перевода строки {_codepoint(stray.group())} (позиция {stray.start() + 1}): "
                    "начните новую строку обычным переносом")
        return None
    found = _BREAK.search(value) or _TAB.search(value)
    if found:
        what = "табуляция" if found.group() == "\t" else "перенос строки"
        return (f"в этом поле не может быть символа «{what}» (позиция {found.start() + 1}): "
                "напишите значение в одну строку")
    return None


def _checker(multiline: bool):
    def check(value: str) -> str:
        reason = plain_text_error(value, multiline)
        if reason:
            raise PydanticCustomError("plain_text", reason)
        return value.replace("\r\n", "\n") if multiline else value

    return check


def PlainLine(min_length: int = 2, max_length: int = 300) -> Any:
    """One line of plain text: a title, a name, a short phrase."""
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length),
        AfterValidator(_checker(False)),
        PlainTextField(multiline=False),
    ]


def PlainText(min_length: int = 2, max_length: int = 2000) -> Any:
    """Plain text that may run over several lines: a summary, a result, a note."""
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=min_length, max_length=max_length),
        AfterValidator(_checker(True)),
        PlainTextField(multiline=True),
    ]


# Names that become category pages, slugs and the blog's author cards (vocabulary terms, .authors.yml): the blog
# plugin puts them into Markdown and templates of its own, so the characters of markup are refused there.
_LABEL_MARKUP = re.compile(r"[<>\"{}`]")


def label_error(value: str) -> str | None:
    """The Russian reason ``value`` cannot be a label (a vocabulary name, a blog author's name), or None."""
    reason = plain_text_error(value, multiline=False)
    if reason is None and (found := _LABEL_MARKUP.search(value)):
        reason = (f"символ «{found.group()}» (позиция {found.start() + 1}) нельзя использовать в названиях "
                  "справочников и авторов: они становятся рубриками и адресами страниц")
    return reason


def _label(value: str) -> str:
    reason = label_error(value)
    if reason:
        raise PydanticCustomError("plain_text", reason)
    return value


Label = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200), AfterValidator(_label),
                  PlainTextField(multiline=False)]


# A link shown on the site: http(s) only, no spaces, quotes or angle brackets.
WebLink = Patterned(r"^https?://[^\s<>\"'`]+$",
                    "ожидается ссылка вида https://…, без пробелов, кавычек и угловых скобок",
                    strip_whitespace=True, max_length=500)


def unlabelled_strings(value: Any, where: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """(key path, reason) for every string inside ``value`` (nested dicts and lists) that cannot be a label.

    For a data file read without a model of every key (the vocabularies and their extra keys): a key added
    later is held to the same rule without being declared."""
    if isinstance(value, str):
        reason = label_error(value)
        if reason:
            yield where, reason
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from unlabelled_strings(item, (*where, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from unlabelled_strings(item, (*where, index))
