"""Render: an issue into the email's HTML (MJML) and plain text, per reader.

``render(issue, variant, settings=...)`` builds the message for one reader variant
(time zone, genres); ``personalise`` fills in the per-subscriber links;
``template_env`` is the Jinja environment the archive and the web pages share.
"""

from __future__ import annotations

from pipeline.render.compose import personalise, render
from pipeline.render.templates import template_env

__all__ = ["personalise", "render", "template_env"]
