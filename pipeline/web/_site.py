"""The archive site as the server serves it: static files, with Subscribe links.

Pages built without ``DIGEST_SUBSCRIBE_URL`` carry invisible markers where a Subscribe
link belongs (``archive.with_subscribe``); served here, beside the sign-up form, each
page has them turned into links to ``/subscribe``. Other files go out as they are.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

from pipeline.archive import with_subscribe
from pipeline.web._pages import Pages


class SiteFiles:
    """The archive site as static files; a short page says so while it is not built."""

    def __init__(self, folder: Path, pages: Pages, subscribe_href: str) -> None:
        self.folder = folder
        self.pages = pages
        self.subscribe_href = subscribe_href
        self.files = StaticFiles(directory=folder, html=True, check_dir=False)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (self.folder / "index.html").is_file():
            response = self.pages.notice(
                "No archive yet", "The archive has not been built yet "
                "(anime-digest archive). You can already subscribe.", 404, subscribe_link=True,
            )  # fmt: skip
            await response(scope, receive, send)
            return
        page = None
        if scope["method"] in {"GET", "HEAD"}:  # others get StaticFiles' 405
            page = await run_in_threadpool(self._page, self.files.get_path(scope))
        if page is not None:
            served = self._served(with_subscribe(page, self.subscribe_href), scope)
            await served(scope, receive, send)
            return
        try:
            await self.files(scope, receive, send)
        except HTTPException as exc:  # raised before anything was sent
            if exc.status_code != 404:
                raise
            missing = self.pages.notice(
                "Page not found", "There is no page at this address.", 404, subscribe_link=True
            )
            await missing(scope, receive, send)

    @staticmethod
    def _served(body: str, scope: Scope) -> Response:
        """The page, or 304 when the browser's copy (named by its ETag) is still current."""
        etag = f'"{hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]}"'
        wanted = Headers(scope=scope).get("if-none-match", "")
        if etag in {tag.strip().removeprefix("W/") for tag in wanted.split(",")}:
            return Response(status_code=304, headers={"ETag": etag})
        return HTMLResponse(body, headers={"ETag": etag})

    def _page(self, path: str) -> str | None:
        """The text of the HTML page at ``path`` (a folder's index.html), or None for any
        other file or a miss; the lookup refuses paths outside the site."""
        wanted = [path] if path.endswith(".html") else [os.path.join(path, "index.html")]
        for candidate in wanted:
            full, found = self.files.lookup_path(candidate)
            if found is not None and stat.S_ISREG(found.st_mode):
                return Path(full).read_text(encoding="utf-8")
        return None
