"""The long-running commands: ``schedule`` (the weekly jobs) and ``serve`` (the web pages).

``serve`` runs the web pages under uvicorn, with links from configuration only.

Every link the server mails (the confirmation link) is built from DIGEST_BASE_URL,
never from the request's Host header, so the command refuses to start unless that
setting is an http(s) address. ``--dev`` is the exception for trying it out: it
listens on 127.0.0.1 only and uses ``http://127.0.0.1:PORT/`` as the base URL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Annotated

import typer

from pipeline.app.shell import (
    BAD_CONFIG,
    DEFAULT_SOURCES,
    SourcesOption,
    fail,
    guarded,
    load_settings,
    mail_links_ok,
    out,
    stop_on_signals,
    warn,
)
from pipeline.core.config import load_sources

LOOPBACK = "127.0.0.1"


def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = LOOPBACK,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    forwarded_allow_ips: Annotated[
        str | None,
        typer.Option(
            help="Proxy addresses trusted for X-Forwarded-For/-Proto (comma-separated; "
            "default: $FORWARDED_ALLOW_IPS or 127.0.0.1)."
        ),
    ] = None,
    dev: Annotated[
        bool,
        typer.Option(
            "--dev",
            help="Try it locally without DIGEST_BASE_URL: listen on 127.0.0.1 only, "
            "links point at http://127.0.0.1:PORT/.",
        ),
    ] = False,
) -> None:
    """Serve the archive, subscribe and unsubscribe pages (one process; see README).

    Needs DIGEST_BASE_URL set to the public http(s) address (exit 2 otherwise),
    unless --dev.
    """
    import uvicorn

    from pipeline.web import create_app

    settings = load_settings()
    if dev:
        if host != LOOPBACK:
            warn(f"--dev listens on {LOOPBACK} only (not {host})")
        host = LOOPBACK
        if not settings.base_url.startswith(("https://", "http://")):
            settings = replace(settings, base_url=f"http://{LOOPBACK}:{port}/")
    elif not settings.base_url.startswith(("https://", "http://")):
        fail(
            "DIGEST_BASE_URL is not an http(s) address, so the confirmation links this server "
            "mails would lead nowhere; set it to the public address readers use (e.g. "
            "https://digest.example.org/), or pass --dev to try it on this machine",
            code=BAD_CONFIG,
        )
    web_app = guarded(lambda: create_app(settings))
    uvicorn.run(
        web_app, host=host, port=port, proxy_headers=True,
        forwarded_allow_ips=forwarded_allow_ips, server_header=False,
    )  # fmt: skip


def schedule(sources: SourcesOption = DEFAULT_SOURCES) -> None:
    """Run the weekly schedule in the foreground until SIGTERM or Ctrl-C.

    Two jobs: a fetch every DIGEST_FETCH_INTERVAL_HOURS, and the weekly run at
    DIGEST_SCHEDULE in DIGEST_TIMEZONE. Both are kept in the database, so a restart
    keeps their next run times.
    """
    from pipeline.app.schedule import STOP, serve_forever
    from pipeline.core.calendar import parse_schedule

    settings = load_settings()
    guarded(lambda: parse_schedule(settings.schedule))
    guarded(lambda: load_sources(sources))
    mail_links_ok(settings)
    path = sources.resolve()

    def announce(times: dict[str, datetime]) -> None:
        for job, when in sorted(times.items()):
            out.print(f"next {job}: {when:%a %d %b %Y %H:%M %Z}", highlight=False)
        out.print("running; stop with Ctrl-C or SIGTERM", highlight=False)

    notice = "stopping: a send in progress finishes the messages in flight first"
    with stop_on_signals(STOP, notice):
        guarded(lambda: serve_forever(settings, sources_path=path, announce=announce))
