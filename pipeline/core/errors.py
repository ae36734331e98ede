"""The exceptions anime-digest raises, rooted in one class.

::

    DigestError                 anything this package raises on purpose
    ├── ConfigError             a bad setting or a malformed sources.yaml (exit code 2)
    ├── SourceError             a feed could not be fetched or parsed (reported per feed)
    ├── CatalogError            the season catalogue (AniList) could not be read
    ├── ExtractError            an article file could not be read
    ├── StoreError              the database refused or could not be reached
    ├── RenderError             a template or MJML compile failed
    ├── DeliveryError           mail could not be handed over (SMTP down, refused, bad URL)
    │   └── LockHeldError       another sender holds the issue's delivery lock
    └── SubscriberError         a subscriber row or token is invalid

Library errors are wrapped with ``raise ... from`` so the original stays visible.
A feed failing is usually not raised at all: ``fetch`` returns it as a ``FeedResult``.
"""

from __future__ import annotations


class DigestError(Exception):
    """Root of every error raised by anime-digest."""


class ConfigError(DigestError):
    """A setting or a sources file is invalid; the message names what and where."""


class SourceError(DigestError):
    """A feed could not be fetched or parsed."""


class CatalogError(DigestError):
    """The season catalogue could not be fetched or its answer was not understood."""


class ExtractError(DigestError):
    """An article file could not be read or understood."""


class StoreError(DigestError):
    """The database could not be used."""


class RenderError(DigestError):
    """A template failed to render or MJML reported errors."""


class DeliveryError(DigestError):
    """Mail could not be handed to the transport."""


class LockHeldError(DeliveryError):
    """Another process holds the delivery lock of this issue."""


class SubscriberError(DigestError):
    """A subscriber record, CSV row or token is invalid."""
