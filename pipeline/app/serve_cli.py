"""``anime-digest serve``: the web pages under uvicorn, with links from configuration only.

Every link the server mails (the confirmation link) is built from DIGEST_BASE_URL,
never from the request's Host header, so the command refuses to start unless that
setting is an http(s) address. ``--dev`` is the exception for trying it out: it
listens on 127.0.0.1 only and uses ``http://127.0.0.1:PORT/`` as the base URL.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated

import typer

from pipeline.app.shell import BAD_CONFIG, fail, guarded, load_settings, warn

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
