"""Writing YAML by hand, readable for a teacher: plain scalars where they read back unchanged, JSON-style
double quotes otherwise (a JSON string is a valid YAML double-quoted scalar)."""

from __future__ import annotations

import json
from datetime import date

import yaml


def scalar(value: object) -> str:
    if value is None:
        return '""'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, date)):
        return str(value) if not isinstance(value, date) else value.isoformat()
    text = str(value)
    if text and text == text.strip() and "\n" not in text:
        try:
            if yaml.safe_load(f"k: {text}") == {"k": text} and not text.startswith(("{", "[", "*", "&", "!", "|", ">")):
                return text
        except yaml.YAMLError:
            pass
    return json.dumps(text, ensure_ascii=False)


def flow_list(values: list[object]) -> str:
    """``[a, b]`` when every item is a plain scalar without commas, else ``["a, x", b]``."""
    items = []
    for value in values:
        text = scalar(value)
        if "," in text and not text.startswith('"'):
            text = json.dumps(str(value), ensure_ascii=False)
        items.append(text)
    return "[" + ", ".join(items) + "]"
