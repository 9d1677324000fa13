"""The list of kinds is the one place that knows them all: the site's list follows it, the loading order is the
order of references, every kind's files are watched under serve and hashed into nothing else."""

from __future__ import annotations

from shnor.kinds import KINDS, load_repository, watched_folders
from shnor.site.kinds import SITE_KINDS
from shnor.site.plugin import ShnorConfig
from tests.conftest import REPO, TODAY


def test_the_site_declares_every_kind_once_practices_before_schools():
    assert sorted(k.kind.name for k in SITE_KINDS) == sorted(kind.name for kind in KINDS)
    assert len(SITE_KINDS) == len(KINDS)
    # Pages are read in this order: the school pages wait for the dashboards' worker, so they come after the bank.
    assert [k.kind.name for k in SITE_KINDS][:2] == ["practices", "schools"]
    assert [kind.name for kind in KINDS] == [
        "schools", "practices", "partnerships", "events", "monitoring", "documents", "programmes", "people",
        "removed_practices",
    ]


def test_every_kind_loads_the_demo_repository_into_its_field():
    repo = load_repository(REPO, TODAY)
    # Counted by hand in the repository's folders (README.md files and _drafts are not records).
    counts = {kind.name: kind.records(repo) for kind in KINDS}
    assert len(counts["schools"]) == 8  # data/schools.csv: a header and 8 rows
    assert len(counts["partnerships"]) == 6
    assert counts["monitoring"] is repo.monitoring is not None
    assert {kind.name for kind in KINDS if isinstance(kind.records(repo), list)} == {
        "practices", "partnerships", "events", "documents", "programmes", "people", "removed_practices"}


def test_the_watched_folders_are_the_kinds_top_folders_outside_docs():
    assert watched_folders() == ["data", "practices", "partnerships", "events", "documents", "programmes", "people"]
    assert dict(ShnorConfig._schema)["watch"].default == watched_folders()


def test_a_kinds_rules_are_its_own():
    codes = {kind.name: {rule.code[:3] for rule in kind.rules} for kind in KINDS}
    assert codes["practices"] == {"SH1"}
    assert codes["partnerships"] == {"SH2"}
    assert codes["removed_practices"] == {"SH5"}
