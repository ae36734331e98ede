"""Locating the templates folder and the escaping every template gets."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

import pytest

from pipeline.core.errors import RenderError
from pipeline.render.templates import template_env


def test_site_templates_are_found_and_escape_html() -> None:
    env = template_env("site")
    assert "base.html.j2" in env.list_templates()
    assert env.from_string("{{ text }}").render(text="<b>&") == "&lt;b&gt;&amp;"


def test_plain_text_templates_are_not_html_escaped() -> None:
    decide = template_env("site").autoescape
    assert callable(decide)
    assert decide("issue.txt.j2") is False
    assert decide("issue.html.j2") is True


def test_a_missing_template_kind_names_where_it_looked() -> None:
    with pytest.raises(RenderError, match=r"templates for 'nope' not found .*templates/nope"):
        template_env("nope")


def test_a_wheel_install_carries_every_site_template() -> None:
    """Each file under templates/ matches a data-files pattern, so wheels install it."""
    root = Path(__file__).resolve().parent.parent
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    packaged = {
        (Path(target) / Path(match).name).as_posix()
        for target, patterns in data_files.items()
        for pattern in patterns
        for match in glob.glob(pattern, root_dir=root)
    }
    wanted = {
        f"share/anime-digest/{path.relative_to(root).as_posix()}"
        for path in (root / "templates" / "site").rglob("*")
        if path.is_file()
    }
    assert wanted - packaged == set()
