"""Safe YAML with line numbers.

Contributed front matter is untrusted: tags and anchors/aliases (the "billion laughs" bomb) are refused
while walking the composed nodes, before anything is constructed, and so is nesting deeper than ``MAX_DEPTH``
(libyaml itself stops at 1,000 levels, Python's recursion sooner); duplicate keys are errors rather than
silently overwritten; dates stay strings so that the schema, not YAML, says what a valid date is.
Every key and list item keeps the line it was written on.

Line numbers are only needed to report a problem, and tracking them costs more than the parse itself: ``load_yaml``
parses with libyaml and the same safety checks, and works the lines out (by re-parsing with ``load_lined_yaml``)
the first time one is asked for. Anything unusual (a syntax error, an alias, a tag, a repeated key) is handed to
``load_lined_yaml`` at once, so its message and line are exactly those of the lined loader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Key = tuple[str | int, ...]


# Lists and field sets inside each other: records and data files need a handful of levels, not thousands.
MAX_DEPTH = 32
_TOO_DEEP = (f"слишком глубокая вложенность списков и полей (больше {MAX_DEPTH} уровней): "
             "проверьте отступы и скобки [ ] и { }")

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: validation must keep up with a region
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}
_STR = "tag:yaml.org,2002:str"


_RESOLVED: dict[str, str] = {}  # short plain scalar -> its implicit tag ("true", "2024", "noo" repeat in every file)


class _Loader(_BASE):  # type: ignore[misc, valid-type]
    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        # libyaml calls back into Python for every scalar's tag; without path resolvers the tag of a plain scalar
        # depends on its text alone, so the regular expressions run once per distinct short text.
        if kind is yaml.ScalarNode and implicit[0] and len(value) <= 40 and not self.yaml_path_resolvers:
            tag = _RESOLVED.get(value)
            if tag is None:
                tag = super().resolve(kind, value, implicit)
                if len(_RESOLVED) < 50_000:
                    _RESOLVED[value] = tag
            return tag
        return super().resolve(kind, value, implicit)


# Without the timestamp resolver "2024-02-30" reaches the schema as text and gets a clear date error.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlError(Exception):
    line: int
    message: str


_UNPARSED: Any = object()


class LinedYaml:
    """Parsed YAML and the line of every key and item; ``lines`` may be worked out on first use (see ``load_yaml``),
    and ``data`` too for front matter known to parse (``unparsed``: a record restored from the cache)."""

    def __init__(self, data: Any, lines: dict[Key, int] | None = None, *, text: str = "", first_line: int = 1):
        self._data = data
        self._lines = lines if lines is not None or text else {}  # nothing to re-parse: no lines
        self._text = text  # kept to work the lines out on demand
        self._first_line = first_line

    @classmethod
    def unparsed(cls, text: str, first_line: int) -> LinedYaml:
        """``text`` that parsed before: nothing is parsed until ``data`` or a line is asked for."""
        return cls(_UNPARSED, None, text=text, first_line=first_line)

    @property
    def text(self) -> str:
        return self._text

    @property
    def first_line(self) -> int:
        return self._first_line

    @property
    def data(self) -> Any:
        if self._data is _UNPARSED:
            self._data = load_yaml(self._text, self._first_line).data
        return self._data

    @property
    def lines(self) -> dict[Key, int]:
        if self._lines is None:
            self._lines = load_lined_yaml(self._text, self._first_line).lines
        return self._lines

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, LinedYaml):
            return NotImplemented
        return self.data == other.data and self.lines == other.lines

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_data"] = self.data  # the sentinel would not survive pickling
        return state

    def __repr__(self) -> str:
        return f"LinedYaml(data={self.data!r})"

    def line_of(self, key: Key, default: int = 1) -> int:
        """The line of the deepest known part of ``key``: a missing key is reported at its parent."""
        for cut in range(len(key), 0, -1):
            if key[:cut] in self.lines:
                return self.lines[key[:cut]]
        return default


def _walk(node: yaml.Node, key: Key, first_line: int, lines: dict[Key, int], seen_nodes: set[int],
          depth: int = 0) -> None:
    line = first_line + node.start_mark.line
    if depth > MAX_DEPTH:
        raise YamlError(line, _TOO_DEEP)
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
            _walk(value_node, (*key, name), first_line, lines, seen_nodes, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            lines[(*key, index)] = first_line + item.start_mark.line
            _walk(item, (*key, index), first_line, lines, seen_nodes, depth + 1)


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
    "exceeded maximum nesting depth": _TOO_DEEP.removesuffix(": проверьте отступы и скобки [ ] и { }"),
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
                return LinedYaml(None, {}, text=text, first_line=first_line)
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
    except RecursionError:  # the pure-Python composer, without libyaml's own limit
        raise YamlError(first_line, _TOO_DEEP) from None
    return LinedYaml(data, lines, text=text, first_line=first_line)


class _Unusual(Exception):
    """Something the lined loader must word: an alias, a tag, a repeated or complex key."""


def _plain(node: yaml.Node, loader: _Loader, seen_nodes: set[int], depth: int = 0) -> Any:
    """The data of ``node`` with ``_walk``'s checks, without line bookkeeping; what ``construct_document`` builds."""
    if id(node) in seen_nodes or node.tag not in _PLAIN_TAGS or depth > MAX_DEPTH:
        raise _Unusual
    seen_nodes.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, loader, seen_nodes, depth + 1) for item in node.value]
    mapping: dict[Any, Any] = {}
    names: set[str] = set()
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode) or str(key_node.value) in names:
            raise _Unusual
        names.add(str(key_node.value))
        mapping[_plain(key_node, loader, seen_nodes, depth + 1)] = _plain(value_node, loader, seen_nodes, depth + 1)
    return mapping


def load_yaml(text: str, first_line: int = 1) -> LinedYaml:
    """What ``load_lined_yaml`` returns, with the same errors, but the lines are worked out only when asked for."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            data = None if node is None else _plain(node, loader, set())
        finally:
            loader.dispose()
    except (_Unusual, yaml.YAMLError, RecursionError):
        return load_lined_yaml(text, first_line)  # raises the lined loader's error, with its line
    return LinedYaml(data, None if node is not None else {}, text=text, first_line=first_line)
