"""``load_yaml`` (libyaml, lines on demand) must give exactly what ``load_lined_yaml`` gives: the data, the lines
once asked for, and the same refusal with the same line for anything unsafe or broken."""

from __future__ import annotations

import pickle

import pytest

from shnor.records.yaml_lines import LinedYaml, YamlError, load_lined_yaml, load_yaml

CASES = [
    "\na: 1\nb:\n  - x\n  - {c: 2}\n",
    "d: 2024-02-30\nn: ~\nf: 1.5\nt: yes\no: 0o17\nq: '2'\n",
    "a: 1\nb: &x [1, 2]\nc: *x\n",
    "a: &x 1\n",
    "a: !!binary aGk=\n",
    "a: 1\n\na: 2\n",
    "a: 'unclosed\nb: 2\n",
    "yes: 1\ntrue: 2\n",
    "1: a\n'1': b\n",
    "? [a, b]\n: c\n",
    "<<: {a: 1}\n",
    "# only a comment\n",
    "",
    "- a\n- b\n",
]


def _outcome(load, text: str):
    try:
        doc = load(text, 3)
    except YamlError as error:
        return "error", error.line, error.message
    return "data", repr(doc.data), doc.lines


@pytest.mark.parametrize("text", CASES)
def test_same_data_lines_and_errors_as_the_lined_loader(text):
    assert _outcome(load_yaml, text) == _outcome(load_lined_yaml, text)


def test_lines_are_worked_out_only_when_asked_for():
    doc = load_yaml("a: 1\nb:\n  - x\n", 5)
    assert doc._lines is None
    assert doc.line_of(("b", 0)) == 7
    assert doc.lines == load_lined_yaml("a: 1\nb:\n  - x\n", 5).lines


def test_an_unparsed_document_parses_on_demand_and_pickles_its_data():
    doc = LinedYaml.unparsed("a: 1\nb: [x]\n", 2)
    assert doc.line_of(("b",)) == 3
    assert doc.data == {"a": 1, "b": ["x"]}
    again = pickle.loads(pickle.dumps(LinedYaml.unparsed("a: 1\n", 2)))
    assert again.data == {"a": 1} and again.lines == {("a",): 2}
