"""The web side: subscribe with double opt-in, one-click unsubscribe, preferences, the archive.

``create_app(settings)`` builds the Starlette application that ``anime-digest serve``
runs under uvicorn::

    GET  /subscribe              the form (email, name, time zone, genres)
    POST /subscribe              store a pending subscriber, mail a confirmation link
    GET  /confirm/<token>        activate (signed, expires after DIGEST_CONFIRM_DAYS, used once)
    GET  /unsubscribe/<token>    a page with one button (the POST below) and a preferences link
    POST /unsubscribe/<token>    RFC 8058 one-click target: unsubscribes at once, no CSRF token
    GET  /preferences/<token>    time zone, genres, pause for N weeks, unsubscribe
    POST /preferences/<token>    save them
    /_web/...                    the pages' own style sheet and script
    /...                         the archive site (DIGEST_HOME/site), its pages linking /subscribe

Every response carries strict security headers; bodies over the cap get 413; forms
need the double-submit CSRF token (403 without); subscribe posts and confirmation
mails are rate limited per client and per address (429), in memory, per process.
The subscribe page looks the same and answers the same whether or not the address is
already on the list.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from pipeline.core.clock import utcnow
from pipeline.core.config import Settings
from pipeline.store import Store
from pipeline.web._limits import BodyLimit, SecurityHeaders, WebLimits
from pipeline.web._mail import TransportFactory, default_transport
from pipeline.web._pages import Pages
from pipeline.web._site import SiteFiles

__all__ = ["WebLimits", "create_app"]


def create_app(
    settings: Settings,
    *,
    now: Callable[[], datetime] = utcnow,
    transport_factory: TransportFactory | None = None,
    limits: WebLimits | None = None,
) -> Starlette:
    """The ASGI application; it opens the database now and closes it at shutdown."""
    store = Store.open(settings.database_url)
    chosen = limits or WebLimits()
    pages = Pages(store, settings, now, transport_factory or default_transport, chosen)

    @asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    routes = [
        Route("/subscribe", pages.subscribe_form, methods=["GET"]),
        Route("/subscribe", pages.subscribe, methods=["POST"]),
        Route("/confirm/{token}", pages.confirm_page, methods=["GET"]),
        Route("/confirm/{token}", pages.confirm, methods=["POST"]),
        Route("/unsubscribe/{token}", pages.unsubscribe_page, methods=["GET"]),
        Route("/unsubscribe/{token}", pages.unsubscribe, methods=["POST"]),
        Route("/preferences/{token}", pages.preferences_form, methods=["GET"]),
        Route("/preferences/{token}", pages.preferences, methods=["POST"]),
        Mount("/_web/site", StaticFiles(directory=pages.site_assets)),
        Mount("/_web", StaticFiles(directory=pages.web_assets)),
        Mount("/", SiteFiles(Path(settings.site_dir), pages, f"{settings.base_url}subscribe")),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(SecurityHeaders), Middleware(BodyLimit, limit=chosen.max_body)],
        lifespan=lifespan,
    )
    app.state.store = store
    return app
