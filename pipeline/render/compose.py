"""Issue (+ subscriber variant) → subject, preheader, HTML and plain text.

Two steps, so thousands of subscribers cost thousands of string fills and only a
handful of MJML compiles:

1. ``render(issue, variant, settings=...)`` fills the Jinja2 templates in
   ``templates/email/`` and compiles the MJML once per distinct (issue, variant,
   settings); later calls with the same arguments return the cached ``Rendered``.
   Per-person values are left as placeholders.
2. ``personalise(rendered, name=..., unsubscribe_url=..., preferences_url=...,
   view_url=...)`` fills the placeholders: HTML-escaped in the HTML part, as plain
   text in the text part.

Everything from feeds is untrusted: Jinja2 autoescapes it into the MJML, links keep
only http(s) addresses, the editor's note is Markdown with raw HTML disabled and the
result cleaned by nh3, and the subject and preheader are single header-safe lines.
Placeholders are built from private-use characters that are stripped from every value
a template prints, so feed text can never forge one.

The HTML is kept under ``SIZE_LIMIT`` (``render.budget``; Gmail clips messages over
102 KB, hiding the unsubscribe link): when the whole lineup would not fit, premieres of
the next four weeks keep their full cards and every other show is one line, with a link
to the season page; if that is still too long, fewer of the soonest premieres keep full
cards, and only when one line per show is too long is the lineup cut short, ending with
a link to the full lineup. Both parts follow the same cut.

The compiled HTML also declares light and dark colour schemes (``color-scheme`` and
``supported-color-schemes`` meta tags; MJML has no head element for them).
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import jinja2
from mjml import mjml_to_html

from pipeline.core.config import Settings
from pipeline.core.errors import RenderError
from pipeline.core.models import Issue, Rendered, Variant
from pipeline.digest import clean_line
from pipeline.render.budget import fit
from pipeline.render.templates import template_env, template_folder
from pipeline.render.view import IssueView

MJML_TEMPLATE = "digest.mjml.j2"
TEXT_TEMPLATE = "digest.txt.j2"

COLOR_SCHEMES = (
    '<meta name="color-scheme" content="light dark">'
    '<meta name="supported-color-schemes" content="light dark">'
)

_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_FIELDS = ("greeting", "unsubscribe_url", "preferences", "view_url")


class _Placeholder(str):
    """A per-person placeholder; the one kind of value ``_finalize`` leaves untouched."""

    __slots__ = ()


_MARKERS = {name: _Placeholder(f"{_MARK_OPEN}{name}{_MARK_CLOSE}") for name in _FIELDS}
_MARKER_RE = re.compile(f"{_MARK_OPEN}([a-z_]+){_MARK_CLOSE}")
_STRIPPED = {ord(_MARK_OPEN): None, ord(_MARK_CLOSE): None} | {
    code: None for code in range(32) if chr(code) not in "\n\t"
}


def render(issue: Issue, variant: Variant, *, settings: Settings) -> Rendered:
    """The issue for one variant; compiled once per distinct (issue, variant, settings)."""
    canonical = Variant(
        timezone=variant.timezone,
        genres=tuple(sorted({g.strip().casefold() for g in variant.genres if g.strip()})),
    )
    # Hashing a whole issue costs more than a personalisation; the same issue object is
    # usually passed again and again, so look it up by identity first.
    key = (id(issue), canonical, settings)
    known = _by_identity.get(key)
    if known is not None and known[0] is issue:
        return known[1]
    rendered = _render_cached(issue, canonical, settings)
    if len(_by_identity) >= _IDENTITY_ENTRIES:
        _by_identity.clear()
    _by_identity[key] = (issue, rendered)  # holding the issue keeps its id from being reused
    return rendered


_IDENTITY_ENTRIES = 256
_by_identity: dict[tuple[int, Variant, Settings], tuple[Issue, Rendered]] = {}


def personalise(
    rendered: Rendered,
    *,
    name: str,
    unsubscribe_url: str,
    preferences_url: str | None,
    view_url: str,
) -> Rendered:
    """Fill one subscriber's greeting and links into a rendered variant."""
    person = clean_line(name, limit=80)
    greeting = f"Hi {person}," if person else ""  # no name: no greeting, not a bare "Hi,"
    unsubscribe, view = clean_line(unsubscribe_url, 2000), clean_line(view_url, 2000)
    prefs = clean_line(preferences_url, 2000) if preferences_url else None
    html_values = {
        "greeting": f"<p>{html.escape(greeting)}</p>" if greeting else "",
        "unsubscribe_url": html.escape(unsubscribe),
        "view_url": html.escape(view),
        "preferences": f' · <a href="{html.escape(prefs)}">Change preferences</a>' if prefs else "",
    }
    text_values = {
        "greeting": f"\n\n{greeting}" if greeting else "",  # its own paragraph
        "unsubscribe_url": unsubscribe,
        "view_url": view,
        "preferences": f"\nChange preferences: {prefs}" if prefs else "",
    }
    return replace(
        rendered,
        html=_fill(_pieces(rendered.html), html_values),
        text=_fill(_pieces(rendered.text), text_values),
    )


def _clear_caches() -> None:
    """Forget every compiled variant and loaded template (tests and benchmarks)."""
    _by_identity.clear()
    _render_cached.cache_clear()
    _environment.cache_clear()
    _pieces.cache_clear()


# ── placeholders ──────────────────────────────────────────────────────────────


@lru_cache(maxsize=64)
def _pieces(document: str) -> tuple[str, ...]:
    """``document`` split at placeholders: literal, name, literal, name, ..., literal."""
    return tuple(_MARKER_RE.split(document))


def _fill(pieces: tuple[str, ...], values: dict[str, str]) -> str:
    out = list(pieces)
    for index in range(1, len(out), 2):
        out[index] = values[out[index]]
    return "".join(out)


# ── rendering one variant ─────────────────────────────────────────────────────


@lru_cache(maxsize=64)
def _render_cached(issue: Issue, variant: Variant, settings: Settings) -> Rendered:
    zone = _zone(variant.timezone)
    view = IssueView.of(issue, variant, zone, settings)
    env = _environment()
    html_doc, fitted = fit(
        view, lambda step: _compile(_fill_template(env, MJML_TEMPLATE, step.context(_MARKERS)))
    )
    text = _fill_template(env, TEXT_TEMPLATE, fitted.context(_MARKERS))
    return Rendered(subject=view.subject, preheader=view.preheader, html=html_doc, text=text)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise RenderError(f"unknown time zone {name!r} in the reader's settings") from exc


def _compile(mjml: str) -> str:
    """MJML → HTML; any error the compiler reports or raises fails the render."""
    try:
        result = mjml_to_html(mjml)
    except KeyError as exc:  # mjml-python's registry lookup of an element it does not know
        raise RenderError(f"{MJML_TEMPLATE}: unknown MJML element {exc}") from exc
    except (ValueError, AttributeError, TypeError, AssertionError) as exc:
        raise RenderError(f"{MJML_TEMPLATE}: MJML compile failed: {exc}") from exc
    if result.errors:
        raise RenderError(f"{MJML_TEMPLATE}: MJML errors: " + "; ".join(map(str, result.errors)))
    return str(result.html).replace("<head>", f"<head>\n    {COLOR_SCHEMES}", 1)


def _fill_template(env: jinja2.Environment, name: str, context: dict[str, Any]) -> str:
    try:
        return env.get_template(name).render(context)
    except jinja2.TemplateError as exc:
        raise RenderError(f"{_where(exc, name)}: template failed: {exc}") from exc


def _where(exc: jinja2.TemplateError, name: str) -> str:
    """The template (and line) an error happened in: syntax errors say so, render errors
    show it in their traceback, which Jinja2 rewrites to point at template lines."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.name or name}, line {exc.lineno}"
    where = name
    frame = exc.__traceback__
    while frame is not None:
        filename = frame.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{Path(filename).name}, line {frame.tb_lineno}"
        frame = frame.tb_next
    return where


@lru_cache(maxsize=4)
def _environment() -> jinja2.Environment:
    """Jinja2 for ``templates/email``: HTML autoescaped, text not, placeholders unforgeable."""
    return template_env("email", folder=template_dir(), finalize=_finalize)


def template_dir() -> Path:
    """``templates/email``, where ``render.templates`` finds it (checkout, then install)."""
    folder = template_folder("email")
    if not (folder / MJML_TEMPLATE).is_file():
        raise RenderError(f"email templates not found: {folder / MJML_TEMPLATE} is missing")
    return folder


def _finalize(value: object) -> object:
    """Every printed value loses placeholder marks and control characters."""
    if isinstance(value, _Placeholder):
        return value
    # Markup.translate keeps the value Markup (already safe); plain str stays str.
    return value.translate(_STRIPPED) if isinstance(value, str) else value
