"""Safe YAML with line numbers.

Contributed front matter is untrusted: tags and anchors/aliases (the "billion laughs" bomb) are refused
while walking the composed nodes, before anything is constructed; duplicate keys are errors rather than
silently overwritten; dates stay strings so that the schema, not YAML, says what a valid date is.
Every key and list item keeps the line it was written on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

Key = tuple[str | int, ...]


_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: validation must keep up with a region
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    pass


# Without the timestamp resolver "2024-02-30" reaches the schema as text and gets a clear date error.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlError(Exception):
    line: int
    message: str


@dataclass
class LinedYaml:
    data: Any
    lines: dict[Key, int] = field(default_factory=dict)

    def line_of(self, key: Key, default: int = 1) -> int:
        """The line of the deepest known part of ``key``: a missing key is reported at its parent."""
        for cut in range(len(key), 0, -1):
            if key[:cut] in self.lines:
                return self.lines[key[:cut]]
        return default


def _walk(node: yaml.Node, key: Key, first_line: int, lines: dict[Key, int], seen_nodes: set[int]) -> None:
    line = first_line + node.start_mark.line
    # An alias makes the composer hand back a node already seen: refusing it here stops an alias bomb
    # before anything is constructed.
    if id(node) in seen_nodes:
        raise YamlError(line, "ссылки и якоря YAML (& и *) не допускаются: напишите значение полностью")
    seen_nodes.add(id(node))
    if node.tag not in _PLAIN_TAGS:
        raise YamlError(line, f"теги YAML ({node.tag}) не допускаются: уберите «!» перед значением")
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key_node, value_node in node.value:
            name = str(key_node.value)
            line = first_line + key_node.start_mark.line
            if name in seen:
                raise YamlError(line, f"поле «{name}» указано дважды")
            seen.add(name)
            lines[(*key, name)] = line
            _walk(value_node, (*key, name), first_line, lines, seen_nodes)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*key, index)] = first_line + item.start_mark.line
            _walk(item, (*key, index), first_line, lines, seen_nodes)


_EXPLAINED = {
    "did not find expected ',' or ']'": "не закрыта квадратная скобка «]» или пропущена запятая между значениями",
    "did not find expected ',' or '}'": "не закрыта фигурная скобка «}» или пропущена запятая",
    "mapping values are not allowed here": "лишнее двоеточие: если в значении есть «:», возьмите значение в кавычки",
    "mapping values are not allowed in this context": (
        "лишнее двоеточие: если в значении есть «:», возьмите значение в кавычки"
    ),
    "could not find expected ':'": "пропущено двоеточие после имени поля",
    "found unexpected end of stream": "не закрыты кавычки",
    "found character '\\t' that cannot start any token": "табуляция вместо пробелов: используйте пробелы",
    "did not find expected key": "неверный отступ: поля одного уровня должны начинаться с одной позиции",
    "did not find expected '-' indicator": "неверный отступ у элемента списка «- »",
}


def _explain(problem: str) -> str:
    return _EXPLAINED.get(problem, problem)


def load_lined_yaml(text: str, first_line: int = 1) -> LinedYaml:
    """Parse ``text`` whose first line is line ``first_line`` of its file."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return LinedYaml(None)
            lines: dict[Key, int] = {}
            _walk(node, (), first_line, lines, set())
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        # The construct's start (an unclosed bracket or quote) is where the teacher must look, not where YAML gave up.
        mark = error.context_mark or error.problem_mark
        line = first_line + (mark.line if mark else 0)
        raise YamlError(line, f"ошибка синтаксиса YAML: {_explain(str(error.problem or error))}") from None
    except yaml.YAMLError as error:
        raise YamlError(first_line, f"ошибка синтаксиса YAML: {error}") from None
    return LinedYaml(data, lines)
