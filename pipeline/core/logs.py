"""Structured logging: events with bound context, rendered for a terminal or as JSON."""

from __future__ import annotations

import logging
import sys

import structlog


def configure(*, verbose: bool = False, json: bool = False) -> None:
    """Send structured events to stderr; INFO with ``verbose``, else WARNING and above."""
    level = logging.INFO if verbose else logging.WARNING
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer()
        if json
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=_StderrLogger,
        cache_logger_on_first_use=False,
    )


class _StderrLogger:
    """Writes each event to whatever ``sys.stderr`` is at that moment (it may be swapped)."""

    def __init__(self, *_args: object) -> None:
        pass

    def msg(self, message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    log = debug = info = warning = warn = error = critical = exception = fatal = msg


def get(name: str) -> structlog.typing.FilteringBoundLogger:
    """A logger bound to a stage name."""
    logger: structlog.typing.FilteringBoundLogger = structlog.get_logger(stage=name)
    return logger
