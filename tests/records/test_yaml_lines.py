import pytest

from shnor.records.yaml_lines import YamlError, load_lined_yaml


def test_lines_of_keys_and_items_are_file_lines():
    doc = load_lined_yaml("\na: 1\nb:\n  - x\n  - {c: 2}\n", first_line=2)
    assert doc.lines[("a",)] == 3
    assert doc.lines[("b", 1)] == 6
    assert doc.line_of(("b", 1, "missing")) == 6
    assert doc.line_of(("nowhere",)) == 1


def test_dates_stay_text_for_the_schema_to_judge():
    assert load_lined_yaml("d: 2024-02-30\n").data == {"d": "2024-02-30"}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("a: 1\nb: &x [1, 2]\nc: *x\n", 2, "якоря"),
        ("a: !!binary aGk=\n", 1, "теги YAML"),
        ("a: 1\n\na: 2\n", 3, "«a» указано дважды"),
        ("a: 'unclosed\nb: 2\n", 1, "ошибка синтаксиса YAML"),
    ],
)
def test_unsafe_or_broken_yaml_is_refused_with_its_line(text, line, fragment):
    with pytest.raises(YamlError) as caught:
        load_lined_yaml(text)
    assert caught.value.line == line
    assert fragment in caught.value.message


def test_billion_laughs_is_refused_before_expansion():
    levels = zip("abcdefgh", "bcdefghi", strict=True)
    nested = "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in levels)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + nested
    with pytest.raises(YamlError, match="якоря"):
        load_lined_yaml(bomb)
