"""How the commands that find problems (validate, review-guard, check-links) print them: one line each for the
terminal or a GitHub annotation, and on request GitLab's Code Quality report too."""

from __future__ import annotations

from pathlib import Path

from shnor.problems import Problem

CODE_QUALITY_HELP = "записать найденное и в этот файл — отчёт Code Quality для merge request в GitLab (JSON)"


def report(problems: list[Problem], fmt: str, code_quality: str | None) -> None:
    """``fmt``: "github" for workflow annotations, else the terminal's lines; ``code_quality``: the report's path."""
    for problem in problems:
        print(problem.github_annotation() if fmt == "github" else problem.format())
    if code_quality:
        from shnor.code_quality import write_report

        write_report(Path(code_quality), problems)
