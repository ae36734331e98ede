"""Locating the templates folder and the escaping every template gets."""

from __future__ import annotations

import pytest

from pipeline.errors import RenderError
from pipeline.templates import template_env


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
