"""``anime-digest subscribers ...``: import, list and remove subscribers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, get_args

import typer

from pipeline.app.console import print_import_report, print_subscribers
from pipeline.app.shell import fail, guarded, load_settings, open_store, out
from pipeline.core.clock import utcnow
from pipeline.core.models import SubscriberStatus

subscribers_app = typer.Typer(help="Manage the subscriber list.", no_args_is_help=True)


@subscribers_app.command("import")
def subscribers_import(
    csv_file: Annotated[Path, typer.Argument(help="CSV: email,name,timezone,genres,status")],
    resubscribe: Annotated[
        bool, typer.Option("--resubscribe", help="Re-activate unsubscribed addresses.")
    ] = False,
) -> None:
    """Import subscribers from a CSV file; bad rows are reported with their line."""
    from pipeline.deliver import subscribers

    store = open_store(load_settings())
    report = guarded(
        lambda: subscribers.import_csv(store, csv_file, now=utcnow(), resubscribe=resubscribe)
    )
    print_import_report(csv_file, report)
    if report.problems:
        raise typer.Exit(1)


@subscribers_app.command("list")
def subscribers_list(
    status: Annotated[
        str | None,
        typer.Option(help="Only this status: pending, active, unsubscribed or bounced."),
    ] = None,
) -> None:
    """List subscribers and their status."""
    if status is not None and status not in get_args(SubscriberStatus):
        fail(f"--status must be one of {', '.join(get_args(SubscriberStatus))}", code=2)
    store = open_store(load_settings())
    print_subscribers(store.iter_subscribers(status=status))


@subscribers_app.command("remove")
def subscribers_remove(email: Annotated[str, typer.Argument(help="Address to remove.")]) -> None:
    """Unsubscribe an address (kept on record, never mailed again)."""
    from pipeline.deliver import subscribers

    store = open_store(load_settings())
    sub = guarded(lambda: subscribers.remove(store, email, now=utcnow()))
    out.print(f"{sub.email}: unsubscribed", highlight=False, markup=False, soft_wrap=True)


@subscribers_app.command("unsubscribe")
def subscribers_unsubscribe(
    token: Annotated[str, typer.Argument(help="Token from an unsubscribe link.")],
) -> None:
    """Unsubscribe whoever a signed unsubscribe token names."""
    from pipeline.deliver import subscribers

    settings = load_settings()
    store = open_store(settings)
    sub = guarded(
        lambda: subscribers.unsubscribe(store, settings.secret, token, now=utcnow(), via="cli")
    )
    out.print(f"{sub.email}: unsubscribed", highlight=False, markup=False, soft_wrap=True)
