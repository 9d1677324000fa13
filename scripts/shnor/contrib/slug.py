"""A practice id from its Russian title: the same transliteration as the site's form (contribute.js)."""

from __future__ import annotations

import re

_LETTERS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщыэюя",
        (
            "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t",
            "u", "f", "h", "c", "ch", "sh", "shch", "y", "e", "yu", "ya",
        ),
        strict=True,
    )
)  # fmt: skip
_SILENT = "ъь"
MAX_LENGTH = 60


def slugify(title: str) -> str:
    """«Родительский клуб в сельской школе» -> ``roditelskiy-klub-v-selskoy-shkole``; at most 60 characters,
    cut between words."""
    latin = "".join("" if ch in _SILENT else _LETTERS.get(ch, ch) for ch in title.lower())
    words = re.findall(r"[a-z0-9]+", latin)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > MAX_LENGTH:
            break
        slug = candidate
    return slug or (words[0][:MAX_LENGTH] if words else "")
