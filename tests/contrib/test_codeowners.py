"""Reading .github/CODEOWNERS as GitHub does: the last matching line names the owners."""

from __future__ import annotations

import pytest

from shnor.contrib.codeowners import owner_rules, owners_of
from tests.conftest import REPO

RULES = owner_rules((REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("rel", "owner"),
    [
        ("practices/rabota-s-roditelyami.md", "@shnor-bank/reviewers"),
        ("practices/rabota-s-roditelyami/plan.pdf", "@shnor-bank/reviewers"),
        ("data/schools.csv", "@shnor-bank/reviewers"),
        ("scripts/shnor/cli.py", "@shnor-bank/maintainers"),
        ("mkdocs.yml", "@shnor-bank/maintainers"),
        ("README.md", "@shnor-bank/maintainers"),  # «*»: everything not named below
        ("docs-dev/benchmark.md", "@shnor-bank/maintainers"),
    ],
)
def test_the_repositorys_owners(rel, owner):
    assert owners_of(RULES, rel) == (owner,)


def test_pattern_forms():
    rules = owner_rules("*.md @docs\ndocs/ @site\n/build/logs/ @ops\nsrc/**/test_*.py @qa @dev\n# a comment\n")
    assert owners_of(rules, "README.md") == ("@docs",)
    assert owners_of(rules, "a/b/notes.md") == ("@docs",)
    assert owners_of(rules, "docs/index.md") == ("@site",)  # the later line wins
    assert owners_of(rules, "x/docs/a.txt") == ("@site",)  # unanchored folder: at any depth
    assert owners_of(rules, "build/logs/1.log") == ("@ops",)
    assert owners_of(rules, "x/build/logs/1.log") == ()  # anchored at the root
    assert owners_of(rules, "src/a/b/test_x.py") == ("@qa", "@dev")
    assert owners_of(rules, "src/test_x.py") == ("@qa", "@dev")
    assert owners_of(rules, "setup.py") == ()
