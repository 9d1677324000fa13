from pathlib import PurePosixPath
from urllib.parse import urlsplit

from shnor.records.attached_files import OutsideFolder, escapes, file_in
from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule

_IMAGES = {"png", "jpg", "jpeg"}


def check(record, repo):
    limits = repo.taxonomies.materials
    file_types, link_only = set(limits["file_types"]), set(limits["link_only_types"])
    max_file = limits["max_file_mb"] * 1024 * 1024
    total = 0
    for index, item in enumerate(record.data.materials):
        where = f"materials.{index}"
        if bool(item.file) == bool(item.url):
            yield record.problem(where, "укажите ровно одно из двух: file (файл рядом с практикой) или url (ссылка)")
            continue
        if item.url:
            if urlsplit(item.url).scheme not in ("http", "https"):
                yield record.problem(f"{where}.url", "ссылка должна начинаться с https:// или http://")
            continue
        relative = PurePosixPath(item.file)
        suffix = relative.suffix.lower().lstrip(".")
        if escapes(item.file):
            yield record.problem(
                f"{where}.file",
                f"путь ведёт за пределы папки practices/{record.data.id}/: файл должен лежать в ней, например "
                f"{record.data.id}/plan.pdf",
            )
            continue
        if relative.parts[0] != record.data.id:
            yield record.problem(
                f"{where}.file",
                f"файл должен лежать в папке practices/{record.data.id}/, например {record.data.id}/plan.pdf",
            )
            continue
        if suffix in link_only:
            yield record.problem(f"{where}.file", f"файлы .{suffix} не загружаются в репозиторий: дайте ссылку (url)")
            continue
        if suffix not in file_types:
            allowed = ", ".join(sorted(file_types))
            yield record.problem(f"{where}.file", f"тип файла .{suffix or '?'} не допускается; допустимые: {allowed}")
            continue
        try:  # a symbolic link, to the file or to a folder on its way, would publish a file from outside
            path = file_in(repo.paths.root, f"practices/{record.data.id}", "/".join(relative.parts[1:]))
        except OutsideFolder as error:
            yield record.problem(f"{where}.file", error.message)
            continue
        if not path.is_file():
            yield record.problem(
                f"{where}.file", f"файл practices/{relative} не найден: добавьте его или исправьте путь"
            )
            continue
        size = path.stat().st_size
        total += size
        if size > max_file:
            yield record.problem(
                f"{where}.file", f"файл больше {limits['max_file_mb']} МБ ({size / 1048576:.1f} МБ): уменьшите его"
            )
        if suffix in _IMAGES and not item.alt:
            yield record.problem(
                f"{where}.alt", "у изображения должно быть описание (alt) для незрячих читателей", where
            )
    if total > limits["max_practice_mb"] * 1024 * 1024:
        yield record.problem("materials", f"материалы вместе больше {limits['max_practice_mb']} МБ")


RULE: Rule[PracticeRecord] = Rule(
    code="SH107",
    name="materials",
    description="материалы: файл существует, допустимого типа и размера, или ссылка https",
    check_record=check,
)
