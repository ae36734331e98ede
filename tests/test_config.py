"""Settings from the environment and the sources file: defaults, and clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.core.config import Settings, load_sources
from pipeline.core.errors import ConfigError

REPO = Path(__file__).resolve().parent.parent


def test_defaults_need_no_configuration(tmp_path: Path) -> None:
    settings = Settings.load()
    assert settings.home == (tmp_path / "var").resolve()
    assert settings.database_url == f"sqlite:///{settings.home / 'digest.sqlite3'}"
    assert settings.smtp_url is None
    assert settings.base_url == (settings.home / "site").as_uri() + "/"
    assert settings.schedule == "mon 09:00"
    assert settings.timezone == "UTC"


def test_secret_is_generated_once_and_kept(tmp_path: Path) -> None:
    first = Settings.load(home=tmp_path / "h").secret
    second = Settings.load(home=tmp_path / "h").secret
    assert first == second and len(first) >= 32
    assert (tmp_path / "h" / "secret").stat().st_mode & 0o077 == 0


def test_environment_variables_are_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("DIGEST_TIMEZONE", "Asia/Tokyo")
    monkeypatch.setenv("DIGEST_FROM", "Club <club@example.org>")
    settings = Settings.load()
    assert settings.home == tmp_path / "elsewhere"
    assert settings.timezone == "Asia/Tokyo"
    assert settings.from_addr == "Club <club@example.org>"


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DIGEST_TIMEZONE", "Mars/Olympus", "DIGEST_TIMEZONE"),
        ("DIGEST_FETCH_CONCURRENCY", "lots", "DIGEST_FETCH_CONCURRENCY"),
        ("DIGEST_SMTP_URL", "http://mail.example.org", "DIGEST_SMTP_URL"),
    ],
)
def test_bad_setting_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ConfigError, match=expected):
        Settings.load()


def test_shipped_sources_file_is_valid() -> None:
    sources = load_sources(REPO / "sources.yaml")
    ids = [s.id for s in sources]
    assert "ann" in ids and "crunchyroll-news" in ids
    mal = next(s for s in sources if s.id == "mal-news")
    assert not mal.enabled and "terms" in mal.notes


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sources: [\n  - id: x\n", r"not valid YAML"),
        ("sources:\n  - id: a\n    name: A\n", r"source #1 \(a\): field 'url': missing"),
        (
            "sources:\n  - {id: a, name: A, url: http://x/}\n  - {id: a, name: B, url: http://y/}\n",
            r"source #2 \(a\): field 'id': duplicate id",
        ),
        (
            "sources:\n  - {id: a, name: A, url: http://x/, colour: red}\n",
            r"source #1 \(a\): field 'colour': unknown key",
        ),
        ("sources:\n  - {id: a, name: A, url: http://x/, enabled: maybe}\n", r"field 'enabled'"),
        ("just a string\n", r"expected a list of sources"),
    ],
)
def test_malformed_sources_are_refused_with_file_entry_and_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError, match=expected) as info:
        load_sources(path)
    assert str(path) in str(info.value)


def test_relative_paths_resolve_against_the_sources_file(tmp_path: Path) -> None:
    (tmp_path / "feeds").mkdir()
    path = write(tmp_path, "sources:\n  - {id: local, name: Local, url: feeds/a.xml}\n")
    (source,) = load_sources(path)
    assert source.url == (tmp_path / "feeds" / "a.xml").as_uri()


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DIGEST_FROM", "x", "DIGEST_FROM: expected an address"),
        ("DIGEST_BASE_URL", "example.org", "DIGEST_BASE_URL: expected an absolute address"),
        ("DIGEST_SCHEDUEL", "mon", "DIGEST_SCHEDUEL: not a known setting; did you mean "
                                   "DIGEST_SCHEDULE?"),
        ("DIGEST_SCHEDULE", "someday", "DIGEST_SCHEDULE: expected days and a time"),
    ],
)  # fmt: skip
def test_every_command_refuses_a_bad_setting_with_exit_2(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, expected: str
) -> None:
    from typer.testing import CliRunner

    from pipeline.app import cli

    monkeypatch.setenv(variable, value)
    result = CliRunner().invoke(cli.app, ["shows"])
    assert result.exit_code == 2
    assert expected in result.output


def test_one_message_lists_every_bad_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_FROM", "not an address")
    monkeypatch.setenv("DIGEST_BASE_URL", "example.org")
    monkeypatch.setenv("DIGEST_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ConfigError) as info:
        Settings.load()
    lines = str(info.value).splitlines()
    assert [line.split(":")[0].strip() for line in lines[1:]] == [
        "DIGEST_FROM", "DIGEST_BASE_URL", "DIGEST_TIMEZONE",
    ]  # fmt: skip


def test_a_misspelt_variable_in_the_env_file_is_named(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("DIGEST_TIMEZON=Asia/Tokyo\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="DIGEST_TIMEZON: not a known setting; did you mean "
                                          "DIGEST_TIMEZONE"):  # fmt: skip
        Settings.load()


def test_sources_errors_name_each_entry_and_come_all_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "sources:\n"
        "  - {id: ok, name: OK, url: 'https://example.org/feed'}\n"
        "  - {id: gopher, name: G, url: 'gopher://example.org/feed'}\n"
        "  - {id: nohost, name: N, url: 'https:///feed'}\n"
        "  - {id: b, name: B}\n",
    )
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    lines = str(info.value).splitlines()
    assert len(lines) == 3
    assert "source #2 (gopher): field 'url': unsupported URL scheme 'gopher'" in lines[0]
    assert "source #3 (nohost): field 'url': no host name" in lines[1]
    assert "source #4 (b): field 'url': missing" in lines[2]
