"""The search's synonyms: ``data/synonyms.yml``, published as ``search/synonyms.json`` (issue 15).

A list of groups, each a list of equivalent terms: an abbreviation and what it stands for (``[ОВЗ, ограниченные
возможности здоровья]``). A query containing a term of a group is searched as every term of the group, the results
merged (``docs/assets/javascripts/russian-search.js``, shared by the header's search and the catalogue). The file
comes by pull request like the records: it is read with the records' safe YAML loader (no anchors, aliases, tags
or repeated keys) and every bad entry is reported at its line, in Russian.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from shnor.problems import Problem, RecordError, relative_path
from shnor.records.data_files import DataFileError, load_data_yaml
from shnor.records.yaml_lines import LinedYaml

SOURCE = Path("data") / "synonyms.yml"
PUBLISHED = "search/synonyms.json"
LIMIT = 1_000_000  # bytes: a few hundred groups are a few KB
MAX_TERM = 100  # characters: a term is a phrase, never a paragraph
_WORD = re.compile(r"[^\W_]+")  # what russian-search.js splits a query into (letters and digits)

Groups = list[list[str]]


def words(term: str) -> tuple[str, ...]:
    """A term's words as the search compares them: lower case, «ё» as «е», without punctuation."""
    return tuple(_WORD.findall(term.lower().replace("ё", "е")))


def load_synonyms(root: Path) -> Groups:
    """The groups of ``root/data/synonyms.yml``; no file, no synonyms. Raises RecordError with every problem."""
    path = root / SOURCE
    if not path.is_file():
        return []
    rel = relative_path(path, root)
    try:
        parsed = load_data_yaml(path, rel, limit=LIMIT)  # the data files' one loader: size, depth, no aliases
    except DataFileError as error:
        raise RecordError([error.problem]) from None
    groups, problems = _groups(parsed, rel)
    if problems:
        raise RecordError(problems)
    return groups


def _groups(parsed: LinedYaml, rel: str) -> tuple[Groups, list[Problem]]:
    data, problems = parsed.data, []
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(rel, 1, "", "ожидается список групп: каждая строка — «- [сокращение, расшифровка]»")]
    groups: Groups = []
    seen: dict[tuple[str, ...], int] = {}  # a term's words -> the line of the group that has it
    for g, group in enumerate(data):
        line = parsed.line_of((g,))
        if not isinstance(group, list):
            problems.append(Problem(rel, line, f"{g}", "группа — это список равнозначных терминов в скобках "
                                                       "[ ], например «- [ОВЗ, ограниченные возможности здоровья]»"))
            continue
        terms: list[str] = []
        mine: set[tuple[str, ...]] = set()
        for t, term in enumerate(group):
            at, field = parsed.line_of((g, t), line), f"{g}.{t}"
            problem = _term_problem(term)
            key = words(term) if problem is None else ()
            if problem is None and key in mine:
                problem = f"«{term}» повторяется в этой группе"
            elif problem is None and key in seen:
                problem = f"«{term}» уже есть в группе на строке {seen[key]}: термин может быть только в одной группе"
            if problem is not None:
                problems.append(Problem(rel, at, field, problem))
                continue
            mine.add(key)
            terms.append(term.strip())
        if len(group) < 2:
            problems.append(Problem(rel, line, f"{g}", "в группе должно быть хотя бы два термина: "
                                                       "сокращение и расшифровка"))
        for key in mine:
            seen[key] = line
        groups.append(terms)
    return groups, problems


def _term_problem(term: object) -> str | None:
    if not isinstance(term, str):
        return f"термин должен быть текстом, а не {_kind(term)}: возьмите его в кавычки"
    if "\n" in term or "\r" in term:
        return "термин пишется в одну строку"
    if len(term.strip()) > MAX_TERM:
        return f"термин длиннее {MAX_TERM} знаков: в группе — короткие равнозначные названия"
    if not words(term):
        return "в термине нет ни одной буквы или цифры"
    return None


def _kind(value: object) -> str:
    if value is None:
        return "пустое значение"
    if isinstance(value, bool):
        return "да/нет"
    if isinstance(value, int | float):
        return "число"
    return "список или набор полей"


def published(groups: Groups) -> str:
    """The JSON the site serves at ``search/synonyms.json``."""
    return json.dumps(groups, ensure_ascii=False, separators=(",", ":"))
