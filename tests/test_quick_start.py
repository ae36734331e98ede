"""The README's offline quick start, run as written: it builds and mails the Spring 2021 sample."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[list[str]]:
    """The ``anime-digest`` lines of the README's offline example, as argument lists."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("To try it with no network", 1)[1].split("Run the tests", 1)[0]
    lines = re.findall(r"^\.venv/bin/anime-digest (.+)$", section, flags=re.MULTILINE)
    assert lines, "the README has no offline quick start"
    return [shlex.split(line) for line in lines]


def test_the_offline_quick_start_builds_the_spring_2021_sample(tmp_path: Path) -> None:
    env = {**os.environ, "DIGEST_HOME": str(tmp_path / "var"), "COLUMNS": "200"}
    outputs = []
    for args in quick_start_commands():
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", *args],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        outputs.append(result.stdout)
    assert "Spring 2021 lineup" in outputs[-1] and "premieres this week" in outputs[-1]
    mails = list((tmp_path / "var" / "outbox" / "issue-1").glob("*.eml"))
    assert len(mails) == 3  # the sample list's active subscribers
