"""Every rule is a module of its kind's package, listed in that kind, with a code of its own."""

from __future__ import annotations

import importlib
import pkgutil

import shnor.validation.rules as rules_package
from shnor.kinds import KINDS
from shnor.validation.rules.base import Rule


def _rule_modules():
    """(kind package, module) for every module of shnor.validation.rules.<kind> that declares a RULE."""
    found = []
    for package in pkgutil.iter_modules(rules_package.__path__):
        if not package.ispkg:
            continue
        kind = importlib.import_module(f"{rules_package.__name__}.{package.name}")
        for module in pkgutil.iter_modules(kind.__path__):
            if not module.name.startswith("_"):
                found.append((package.name, importlib.import_module(f"{kind.__name__}.{module.name}")))
    return found


def test_every_rule_module_declares_a_rule_and_is_listed_in_its_kind():
    by_kind = {kind.name: kind for kind in KINDS}
    modules = _rule_modules()
    assert len(modules) == 39  # 12 practices, 4 partnerships, 5 events, 7 monitoring, 3 + 3 + 1 + 4
    for kind_name, module in modules:
        assert isinstance(module.RULE, Rule), module.__name__
        assert module.RULE in by_kind[kind_name].rules, module.__name__


def test_every_listed_rule_has_its_module_and_a_unique_code():
    listed = [rule for kind in KINDS for rule in kind.rules]
    assert sorted(listed, key=id) == sorted((module.RULE for _, module in _rule_modules()), key=id)
    codes = [rule.code for rule in listed]
    assert len(codes) == len(set(codes))
    names = [rule.name for rule in listed]
    assert len(names) == len(set(names))
