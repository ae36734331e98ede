"""Settings from the environment, and the list of feeds from sources.yaml.

Both are read once, at the edge (the CLI or the scheduler), validated, and passed
down as immutable objects. Nothing here runs at import time.
"""

from __future__ import annotations

import difflib
import os
import secrets
from dataclasses import dataclass
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from dotenv import dotenv_values
from email_validator import EmailNotValidError, validate_email
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.core.calendar import parse_schedule
from pipeline.core.errors import ConfigError
from pipeline.core.models import Source

DEFAULT_FROM = "Anime Digest <digest@localhost>"
PROJECT_URL = "https://github.com/anime-digest/anime-digest"
ANILIST_URL = "https://graphql.anilist.co"


class _Env(BaseSettings):
    """The raw ``DIGEST_*`` variables, with the defaults of DESIGN.md."""

    model_config = SettingsConfigDict(
        env_prefix="DIGEST_", env_file=".env", extra="ignore", frozen=True
    )

    home: Path = Path("var")
    database_url: str | None = None
    smtp_url: str | None = None
    smtp_password: str | None = None
    from_: str = Field(DEFAULT_FROM, validation_alias="DIGEST_FROM")
    base_url: str | None = None
    secret: str | None = None
    schedule: str = "mon 09:00"
    timezone: str = "UTC"
    fetch_interval_hours: float = Field(6.0, gt=0)
    fetch_concurrency: int = Field(100, ge=1, le=512)
    fetch_per_host: int = Field(4, ge=1, le=64)
    connect_timeout: float = Field(10.0, gt=0)
    read_timeout: float = Field(30.0, gt=0)
    max_feed_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    lineup_lead_weeks: int = Field(3, ge=0, le=12)
    thin_week_min_items: int = Field(1, ge=0)
    smtp_rate: float = Field(0.0, ge=0)  # messages per second; 0 means unlimited
    smtp_connections: int = Field(4, ge=1, le=32)
    bounce_after: int = Field(3, ge=1)
    grace_hours: float = Field(6.0, ge=0)
    dkim_key: Path | None = None
    dkim_selector: str = "digest"
    dkim_domain: str | None = None
    confirm_days: float = Field(7.0, gt=0, le=365)
    catalog: Literal["anilist", "off"] = "anilist"
    anilist_url: str = ANILIST_URL
    catalog_ttl_hours: float = Field(24.0, ge=0)
    catalog_adult: bool = False
    catalog_wait_seconds: float = Field(120.0, ge=0)
    lineup: Literal["catalog+news", "news"] = "catalog+news"
    subscribe_url: str | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r} (e.g. Europe/Berlin)") from exc
        return value

    @field_validator("from_")
    @classmethod
    def _valid_sender(cls, value: str) -> str:
        return value if value == DEFAULT_FROM else _check_sender(value)

    @field_validator("base_url")
    @classmethod
    def _absolute_base(cls, value: str | None) -> str | None:
        if value:
            _check_base_url(value)
        return value

    @field_validator("subscribe_url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        parsed = urlparse(value or "")
        if value and (parsed.scheme not in {"http", "https"} or not parsed.hostname):
            raise ValueError(
                f"expected the sign-up page's http(s) address, such as "
                f"'https://digest.example.org/subscribe', got {value!r}"
            )
        return value or None

    @field_validator("smtp_url")
    @classmethod
    def _smtp_scheme(cls, value: str | None) -> str | None:
        if value:
            _check_smtp_url(value)
        return value

    @field_validator("schedule")
    @classmethod
    def _weekly_time(cls, value: str) -> str:
        try:
            parse_schedule(value)
        except ConfigError as exc:
            raise ValueError(
                f"expected days and a time such as 'mon 09:00', got {value!r}"
            ) from exc
        return value


@dataclass(frozen=True, slots=True)
class Settings:
    """Every setting, resolved: paths absolute, defaults derived, secret present."""

    home: Path  # DIGEST_HOME: database, outbox and site live here
    database_url: str  # DIGEST_DATABASE_URL: any SQLAlchemy URL
    smtp_url: str | None  # DIGEST_SMTP_URL: None delivers into the outbox folder
    smtp_password: str | None  # DIGEST_SMTP_PASSWORD: overrides the URL's password
    from_addr: str  # DIGEST_FROM
    base_url: str  # DIGEST_BASE_URL: public address of the archive (ends with "/")
    secret: str  # DIGEST_SECRET: key for signed unsubscribe tokens
    schedule: str  # DIGEST_SCHEDULE: weekly send time, "mon 09:00"
    timezone: str  # DIGEST_TIMEZONE: zone of the schedule and of dates shown
    fetch_interval_hours: float  # DIGEST_FETCH_INTERVAL_HOURS: scheduled fetch period
    fetch_concurrency: int  # DIGEST_FETCH_CONCURRENCY: feeds fetched at once
    fetch_per_host: int  # DIGEST_FETCH_PER_HOST: feeds fetched at once from one host
    connect_timeout: float  # DIGEST_CONNECT_TIMEOUT: seconds
    read_timeout: float  # DIGEST_READ_TIMEOUT: seconds
    max_feed_bytes: int  # DIGEST_MAX_FEED_BYTES: larger responses are refused
    lineup_lead_weeks: int  # DIGEST_LINEUP_LEAD_WEEKS: switch to next season this early
    thin_week_min_items: int  # DIGEST_THIN_WEEK_MIN_ITEMS: fewer new items skip the issue
    smtp_rate: float  # DIGEST_SMTP_RATE: messages per second, 0 for no limit
    smtp_connections: int  # DIGEST_SMTP_CONNECTIONS: pooled SMTP connections
    bounce_after: int  # DIGEST_BOUNCE_AFTER: permanent failures before "bounced"
    grace_hours: float  # DIGEST_GRACE_HOURS: a missed weekly send may still go out this late
    dkim_key: Path | None = None  # DIGEST_DKIM_KEY: PEM private key file; None signs nothing
    dkim_selector: str = "digest"  # DIGEST_DKIM_SELECTOR: DNS selector of the public key
    dkim_domain: str | None = None  # DIGEST_DKIM_DOMAIN: signing domain (default: From's)
    confirm_days: float = 7.0  # DIGEST_CONFIRM_DAYS: a subscribe confirmation link lasts this long
    catalog: str = "anilist"  # DIGEST_CATALOG: the season catalogue, "anilist" or "off"
    anilist_url: str = ANILIST_URL  # DIGEST_ANILIST_URL: AniList's GraphQL endpoint
    catalog_ttl_hours: float = 24.0  # DIGEST_CATALOG_TTL_HOURS: a fetched season is fresh this long
    catalog_adult: bool = False  # DIGEST_CATALOG_ADULT: keep entries marked adult
    catalog_wait_seconds: float = 120.0  # DIGEST_CATALOG_WAIT_SECONDS: rate-limit wait budget
    lineup: str = "catalog+news"  # DIGEST_LINEUP: "catalog+news" or "news" (articles only)
    subscribe_url: str | None = None  # DIGEST_SUBSCRIBE_URL: sign-up page the archive links

    @property
    def outbox_dir(self) -> Path:
        """Where the outbox transport writes .eml files."""
        return self.home / "outbox"

    @property
    def site_dir(self) -> Path:
        """Where the archive site is written."""
        return self.home / "site"

    @property
    def zone(self) -> ZoneInfo:
        """DIGEST_TIMEZONE as a zone object."""
        return ZoneInfo(self.timezone)

    @classmethod
    def load(cls, **overrides: Any) -> Settings:
        """Read ``DIGEST_*`` variables (and ``.env``), apply ``overrides``, resolve defaults."""
        problems = _unknown_variables()
        try:
            env = _Env(**overrides)
        except ValidationError as exc:
            problems = _describe_env_error(exc) + problems
        if problems:
            raise ConfigError("\n".join(["invalid settings:", *problems]))
        home = env.home.expanduser().resolve()
        database_url = env.database_url or f"sqlite:///{home / 'digest.sqlite3'}"
        base_url = env.base_url or (home / "site").as_uri()
        if not base_url.endswith("/"):
            base_url += "/"
        return cls(
            home=home,
            database_url=database_url,
            smtp_url=env.smtp_url or None,
            smtp_password=env.smtp_password,
            from_addr=env.from_,
            base_url=base_url,
            secret=env.secret or _stored_secret(home),
            schedule=env.schedule,
            timezone=env.timezone,
            fetch_interval_hours=env.fetch_interval_hours,
            fetch_concurrency=env.fetch_concurrency,
            fetch_per_host=env.fetch_per_host,
            connect_timeout=env.connect_timeout,
            read_timeout=env.read_timeout,
            max_feed_bytes=env.max_feed_bytes,
            lineup_lead_weeks=env.lineup_lead_weeks,
            thin_week_min_items=env.thin_week_min_items,
            smtp_rate=env.smtp_rate,
            smtp_connections=env.smtp_connections,
            bounce_after=env.bounce_after,
            grace_hours=env.grace_hours,
            dkim_key=env.dkim_key.expanduser().resolve() if env.dkim_key else None,
            dkim_selector=env.dkim_selector,
            dkim_domain=env.dkim_domain,
            confirm_days=env.confirm_days,
            catalog=env.catalog,
            anilist_url=_checked_http_url("DIGEST_ANILIST_URL", env.anilist_url),
            catalog_ttl_hours=env.catalog_ttl_hours,
            catalog_adult=env.catalog_adult,
            catalog_wait_seconds=env.catalog_wait_seconds,
            lineup=env.lineup,
            subscribe_url=env.subscribe_url,
        )


def _describe_env_error(exc: ValidationError) -> list[str]:
    lines = []
    for err in exc.errors():
        name = "_".join(str(p) for p in err["loc"]).upper().rstrip("_")
        name = name if name.startswith("DIGEST_") else f"DIGEST_{name}"
        lines.append(f"  {name}: {str(err['msg']).removeprefix('Value error, ')}")
    return lines


def known_variables() -> tuple[str, ...]:
    """Every ``DIGEST_*`` variable the settings read."""
    names = []
    for name, field in _Env.model_fields.items():
        alias = field.validation_alias
        names.append(alias if isinstance(alias, str) else f"DIGEST_{name.upper()}")
    return tuple(sorted(names))


def _unknown_variables() -> list[str]:
    """A line per ``DIGEST_*`` variable (environment or ``.env``) that no setting reads."""
    given = {name.upper() for name in os.environ if name.upper().startswith("DIGEST_")}
    if Path(".env").is_file():
        given |= {k.upper() for k in dotenv_values(".env") if k.upper().startswith("DIGEST_")}
    known = known_variables()
    lines = []
    for name in sorted(given - set(known)):
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else " (see the README, Configuration)"
        lines.append(f"  {name}: not a known setting{hint}")
    return lines


def _check_sender(value: str) -> str:
    _display, address = parseaddr(value)
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValueError(
            f"expected an address such as 'Anime Digest <digest@example.org>', got {value!r}: {exc}"
        ) from exc
    return value


def _check_base_url(value: str) -> None:
    parsed = urlparse(value)
    if parsed.scheme not in {"http", "https", "file"} or (
        parsed.scheme != "file" and not parsed.hostname
    ):
        raise ValueError(
            f"expected an absolute address such as 'https://digest.example.org/', got {value!r}"
        )


def _check_smtp_url(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in {"smtp", "smtps"} or not parsed.hostname:
        raise ValueError(
            f"expected smtp://host[:port] or smtps://host[:port], got {url.split('@')[-1]!r}"
        )


def _checked_http_url(name: str, url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme not in {"http", "https"} or not parsed.hostname:
        raise ConfigError(f"invalid setting:\n  {name}: expected an http(s) URL, got {url!r}")
    return url


def _stored_secret(home: Path) -> str:
    """The secret kept in ``$DIGEST_HOME/secret``, created on first use."""
    path = home / "secret"
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    home.mkdir(parents=True, exist_ok=True)
    value = secrets.token_urlsafe(32)
    path.write_text(value + "\n", encoding="utf-8")
    path.chmod(0o600)
    return value


# ── sources.yaml ──────────────────────────────────────────────────────────────


class _SourceEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_-]*$")
    name: str = Field(min_length=1)
    url: str = Field(min_length=1)
    enabled: bool = True
    notes: str = ""
    full_text: Literal["auto", "always", "never"] = "auto"


def load_sources(path: Path) -> tuple[Source, ...]:
    """Read and validate a sources file; ConfigError names file, entry and field of each problem.

    Every entry is checked before refusing, so one message lists all that is wrong.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    entries = raw.get("sources") if isinstance(raw, dict) else raw
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: expected a list of sources under 'sources:'")
    sources: list[Source] = []
    problems: list[str] = []
    seen: set[str] = set()
    for index, item in enumerate(entries, start=1):
        try:
            source = _parse_entry(path, index, item)
        except ConfigError as exc:
            problems.append(str(exc))
            continue
        if source.id in seen:
            problems.append(f"{path}: source #{index} ({source.id}): field 'id': duplicate id")
        seen.add(source.id)
        sources.append(source)
    if problems:
        raise ConfigError("\n".join(problems))
    return tuple(sources)


def _parse_entry(path: Path, index: int, item: object) -> Source:
    label = f"source #{index}"
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        label += f" ({item['id']})"
    if not isinstance(item, dict):
        raise ConfigError(f"{path}: {label}: expected a mapping with id, name and url")
    try:
        entry = _SourceEntry.model_validate(item)
    except ValidationError as exc:
        problems = "; ".join(_describe_field_error(err) for err in exc.errors())
        raise ConfigError(f"{path}: {label}: {problems}") from exc
    try:
        url = _resolve_url(path, entry.url)
    except ValueError as exc:
        raise ConfigError(f"{path}: {label}: field 'url': {exc}") from exc
    return Source(
        id=entry.id,
        name=entry.name,
        url=url,
        enabled=entry.enabled,
        notes=entry.notes.strip(),
        full_text=entry.full_text,
    )


def _describe_field_error(err: Any) -> str:
    field = ".".join(str(p) for p in err["loc"]) or "entry"
    if err["type"] == "extra_forbidden":
        return f"field '{field}': unknown key"
    if err["type"] == "missing":
        return f"field '{field}': missing"
    return f"field '{field}': {err['msg']}"


def _resolve_url(sources_file: Path, url: str) -> str:
    """http(s) and file URLs stay; anything else is a path relative to the sources file."""
    parsed = urlparse(url)
    scheme = parsed.scheme
    if scheme in {"http", "https"} and not parsed.hostname:
        raise ValueError(f"no host name in {url!r}")
    if scheme in {"http", "https", "file"}:
        return url
    if scheme and len(scheme) > 1:
        raise ValueError(f"unsupported URL scheme {scheme!r} in {url!r} (use http or https)")
    return (sources_file.parent / url).resolve().as_uri()
