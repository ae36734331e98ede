"""Where the Jinja2 templates live, and the one way to load them.

Templates are kept in the top-level ``templates/`` folder, one subfolder per kind
(``templates/site``, ``templates/email``). ``template_env(kind)`` finds that folder:

1. ``templates/`` beside the ``pipeline`` package: a source checkout, and an
   editable install (``pip install -e .``), which imports the package from the
   checkout;
2. ``<prefix>/share/anime-digest/templates``: a regular (wheel) install, where
   ``[tool.setuptools.data-files]`` in ``pyproject.toml`` copies the folder under the
   environment's data prefix (``sysconfig.get_path("data")``).

The first that holds ``<kind>/`` wins. Autoescaping is on for every template except
plain-text ones (``*.txt.j2``): escaping there would corrupt the text and protect
nothing. Undefined names raise, so a template typo fails loudly.
"""

from __future__ import annotations

import sysconfig
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from pipeline.core.errors import RenderError

SHARE_SUBDIR = Path("share") / "anime-digest" / "templates"


def template_env(
    kind: str, *, folder: Path | None = None, finalize: Callable[[Any], Any] | None = None
) -> jinja2.Environment:
    """A Jinja2 environment loading ``templates/<kind>/`` (or ``folder``), autoescaping HTML.

    ``finalize`` runs on every printed value (the email uses it to strip control
    characters and placeholder marks).
    """
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder or template_folder(kind)),
        finalize=finalize,
        autoescape=jinja2.select_autoescape(
            disabled_extensions=("txt.j2", "txt"), default_for_string=True, default=True
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def template_folder(kind: str) -> Path:
    """The first ``templates/<kind>`` folder of the checkout, then of the install prefix."""
    checkout = Path(__file__).resolve().parents[2]
    candidates = [Path(sysconfig.get_path("data")) / SHARE_SUBDIR]
    if (checkout / "pyproject.toml").is_file():
        candidates.insert(0, checkout / "templates")
    for root in candidates:
        if (root / kind).is_dir():
            return root / kind
    searched = ", ".join(str(root / kind) for root in candidates)
    raise RenderError(f"templates for {kind!r} not found (searched {searched})")
