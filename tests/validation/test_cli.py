import subprocess
import sys

from shnor.cli import main
from tests.conftest import VALIDATION_FIXTURES


def test_clean_project_exits_zero(make_project, capsys):
    root = make_project(VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md")
    assert main(["--root", str(root), "validate", "--today", "2026-11-25"]) == 0
    assert "Ошибок нет" in capsys.readouterr().err


def test_errors_exit_one_with_path_line_field(make_project, capsys):
    root = make_project(VALIDATION_FIXTURES / "bad" / "unknown-school.md")
    assert main(["--root", str(root), "validate", "--today", "2026-11-25"]) == 1
    out = capsys.readouterr()
    assert "practices/unknown-school.md:5: school: школа «school-z» не найдена" in out.out
    assert "Найдено ошибок: 1" in out.err


def test_github_annotations(make_project, capsys):
    root = make_project(VALIDATION_FIXTURES / "bad" / "script-tag.md")
    main(["--root", str(root), "validate", "--format", "github", "--today", "2026-11-25"])
    line = capsys.readouterr().out.strip().splitlines()[0]
    assert line.startswith("::error file=practices/script-tag.md,line=52,title=SH109 текст::тег <script> запрещён")


def test_console_entry_point_runs(make_project):
    root = make_project(VALIDATION_FIXTURES / "bad" / "windows-1251.md")
    result = subprocess.run(
        [sys.executable, "-m", "shnor.cli", "--root", str(root), "validate"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "practices/windows-1251.md:3: файл не в кодировке UTF-8" in result.stdout
