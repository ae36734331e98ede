"""The database: SQLAlchemy Core tables and the queries each stage needs.

SQLite (WAL mode) by default, any SQLAlchemy URL otherwise (PostgreSQL for larger
installs). The schema is created on first use. Every fetched article version,
every issue and every delivery attempt is kept: nothing here deletes history.

The package has one module per aggregate, following the pipeline:

- ``schema``: every table, the column types, indexes, in-place column migrations
  and how an engine is opened (SQLite pragmas included);
- ``base``: ``StoreBase``, the engine and transactions every aggregate shares;
- ``feeds``: feed state and articles;
- ``pages``: linked article pages and robots.txt files (full text);
- ``shows``: shows, their provenance and events, and merge passes;
- ``issues``: issues;
- ``subscriptions``: subscribers, their events, bounces and pauses;
- ``delivery_ledger``: the delivery ledger;
- ``leases``: locks and ``Lease``, weekly slots and runs;
- ``catalog``: the season catalogue's entries and refreshes.

``Store`` joins them into the one object the rest of the code uses. Tables other code
imports from here are re-exported below, so no module may be named like one of them
(importing a submodule would replace the table of that name on the package).
"""

from __future__ import annotations

from pipeline.store.catalog import CatalogRepo
from pipeline.store.delivery_ledger import DeliveriesRepo
from pipeline.store.feeds import FeedsRepo
from pipeline.store.issues import IssuesRepo
from pipeline.store.leases import Lease, LeasesRepo
from pipeline.store.pages import PagesRepo
from pipeline.store.schema import deliveries, locks, open_engine, subscriber_events, subscribers
from pipeline.store.shows import ShowsRepo
from pipeline.store.subscriptions import SubscribersRepo

__all__ = ["Lease", "Store", "deliveries", "locks", "subscriber_events", "subscribers"]


class Store(
    FeedsRepo,
    PagesRepo,
    ShowsRepo,
    IssuesRepo,
    SubscribersRepo,
    DeliveriesRepo,
    LeasesRepo,
    CatalogRepo,
):
    """A handle on the database; create one per process with ``Store.open(url)``."""

    @classmethod
    def open(cls, url: str) -> Store:
        """Connect to ``url``, creating the SQLite file's folder and the schema if needed."""
        return cls(open_engine(url))
