"""The archive's "Subscribe" links, which lead to the sign-up page when there is one.

A static build cannot know whether sign-up will be served beside it. With
``DIGEST_SUBSCRIBE_URL`` set, every page links that address. Without it, the pages
carry invisible markers instead, and ``anime-digest serve`` (which serves the sign-up
form at ``/subscribe``) replaces them with links as it serves each page
(``with_subscribe``); a site published elsewhere shows no Subscribe link, rather than
a dead one.
"""

from __future__ import annotations

import html

NAV_MARK = "<!-- anime-digest:subscribe-nav -->"
BUTTON_MARK = "<!-- anime-digest:subscribe-button -->"


def with_subscribe(page: str, href: str) -> str:
    """``page`` with its Subscribe markers turned into links to ``href``."""
    url = html.escape(href, quote=True)
    return page.replace(
        NAV_MARK, f'<li><a class="subscribe" href="{url}">Subscribe</a></li>'
    ).replace(BUTTON_MARK, f'<p><a class="button" href="{url}">Subscribe by email</a></p>')
