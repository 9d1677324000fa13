"""Reading a contributed Markdown file as teachers really save it: BOM, CRLF, a wrong encoding, front matter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import frontmatter

from shnor.problems import Problem
from shnor.records.yaml_lines import LinedYaml, YamlError, load_yaml

MAX_FILE_BYTES = 200_000
MAX_FRONT_MATTER_CHARS = 30_000


@dataclass
class SourceFile:
    path: Path
    rel: str
    meta: LinedYaml
    body: str
    body_first_line: int  # the file line on which ``body`` starts


class SourceError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.format())


def decode(raw: bytes, rel: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        hint = ""
        try:
            raw.decode("cp1251")
            hint = " (похоже, файл сохранён в Windows-1251)"
        except UnicodeDecodeError:
            pass
        raise SourceError(
            Problem(rel, line, "", f"файл не в кодировке UTF-8{hint}: сохраните его как «UTF-8» и повторите")
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str, rel: str) -> tuple[str, str]:
    """(front matter, body) of a decoded file: the one split of a record, for reading it and for telling under
    ``mkdocs serve`` whether an edit changed its front matter (shnor.site.records_signature)."""
    handler = frontmatter.YAMLHandler()
    if not text.startswith("---") or not handler.detect(text):
        raise SourceError(
            Problem(
                rel, 1, "", "нет блока метаданных: файл должен начинаться со строки «---», затем поля и снова «---»"
            )
        )
    try:
        return handler.split(text)
    except ValueError:
        raise SourceError(Problem(rel, 1, "", "блок метаданных не закрыт строкой «---»")) from None


def read_source(path: Path, rel: str, raw: bytes | None = None) -> SourceFile:
    """``raw``: the file's bytes when the caller has read them already (to look them up in the cache)."""
    if raw is None:
        raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        raise SourceError(
            Problem(
                rel, 1, "", f"файл слишком большой ({len(raw) // 1000} КБ, допустимо до {MAX_FILE_BYTES // 1000} КБ)"
            )
        )
    text = decode(raw, rel)
    front, body = split_front_matter(text, rel)
    if len(front) > MAX_FRONT_MATTER_CHARS:
        raise SourceError(Problem(rel, 1, "", "блок метаданных слишком большой (до 30 000 знаков)"))
    # Line numbers are counted on the original text, so an error points where the teacher will look.
    front_start = text.find(front, 3)
    front_first_line = text.count("\n", 0, front_start) + 1
    body_first_line = text.count("\n", 0, len(text) - len(body)) + 1
    if body.startswith("\n"):  # the rest of the closing "---" line
        body, body_first_line = body[1:], body_first_line + 1
    try:
        meta = load_yaml(front, front_first_line)  # libyaml; the lines are worked out only to report a problem
    except YamlError as error:
        raise SourceError(Problem(rel, error.line, "", error.message)) from None
    if not isinstance(meta.data, dict):
        raise SourceError(Problem(rel, front_first_line, "", "метаданные должны быть набором полей «имя: значение»"))
    return SourceFile(path, rel, meta, body, body_first_line)


SourceState = tuple[str, int, str, int]


def source_state(source: SourceFile) -> SourceState:
    """What the cache keeps of a source: the front matter's text and the body, with the lines they start on.
    The parsed front matter is not kept: restoring it costs more than parsing it again in the rare case it is
    asked for (the records keep the validated model)."""
    return source.meta.text, source.meta.first_line, source.body, source.body_first_line


def restored_source(path: Path, rel: str, state: SourceState) -> SourceFile:
    text, first_line, body, body_first_line = state
    return SourceFile(path, rel, LinedYaml.unparsed(text, first_line), body, body_first_line)
