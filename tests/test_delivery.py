"""Delivery over a real local SMTP server and into the outbox: exactly once, well formed."""

from __future__ import annotations

import base64
import email
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.policy import default
from pathlib import Path

import dkim
import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from mailsink import Sink, SmtpServer, free_port
from typer.testing import CliRunner

from pipeline.app import cli
from pipeline.core.config import Settings
from pipeline.core.errors import DeliveryError, LockHeldError
from pipeline.core.models import Issue, Rendered, Subscriber
from pipeline.deliver.message import links_for
from pipeline.deliver.send import send_issue
from pipeline.deliver.subscribers import make_token, read_token
from pipeline.store import Store

pytestmark = pytest.mark.usefixtures("each_backend")  # SQLite and PostgreSQL

NOW = datetime(2021, 4, 5, 9, 0, tzinfo=UTC)
ISSUE = Issue(number=1, kind="weekly", subject="Spring 2021 lineup", created_at=NOW,
              season="Spring 2021")  # fmt: skip


def compose(sub: Subscriber) -> Rendered:
    return Rendered(
        subject="Spring 2021: 86―エイティシックス― premieres",
        preheader="",
        html=f"<html><body><p>Hello {sub.name or sub.email}</p></body></html>",
        text=f"Hello {sub.name or sub.email} ✓",
    )


@pytest.fixture
def smtp_settings(tmp_path: Path, smtp: SmtpServer) -> Settings:
    return Settings.load(
        home=tmp_path / "home",
        smtp_url=smtp.url,
        base_url="https://digest.example.org/",
        DIGEST_FROM="Anime Digest <digest@example.org>",
        smtp_connections=3,
        bounce_after=2,
    )


@pytest.fixture
def list_store(smtp_settings: Settings) -> Iterator[Store]:
    store = Store.open(smtp_settings.database_url)
    store.save_issue(ISSUE)
    store.save_issue(Issue(number=2, kind="weekly", subject="Week 2", created_at=NOW,
                           season="Spring 2021"))  # fmt: skip
    for i in range(12):
        store.add_subscriber(Subscriber(email=f"fan{i}@example.org", name=f"Fan {i}"), now=NOW,
                             via="test")  # fmt: skip
    store.add_subscriber(Subscriber(email="gone@example.org", status="unsubscribed"), now=NOW,
                         via="test")  # fmt: skip
    yield store
    store.close()


def active_emails(store: Store) -> set[str]:
    return {s.email for batch in store.iter_subscribers(status="active") for s in batch}


def test_every_active_subscriber_gets_exactly_one_well_formed_message(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)

    assert report.sent == 12 and report.failed == report.remaining == 0
    counts = sink.per_recipient()
    assert set(counts) == active_emails(list_store) and set(counts.values()) == {1}
    for msg in sink.messages():
        assert msg.get_content_type() == "multipart/alternative"
        kinds = [part.get_content_type() for part in msg.iter_parts()]
        assert kinds == ["text/plain", "text/html"]
        assert "✓" in msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
        assert msg["Subject"] == "Spring 2021: 86―エイティシックス― premieres"
        assert msg["Date"] and msg["List-Id"] == "Anime Digest <anime-digest.example.org>"
        assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        mailto, link = [t.strip(" <>") for t in msg["List-Unsubscribe"].split(",")]
        assert mailto.startswith("mailto:digest@example.org")
        assert link.startswith("https://digest.example.org/unsubscribe/")
        sub = list_store.subscriber(id=read_token(smtp_settings.secret, link.rsplit("/", 1)[1]))
        assert sub is not None and sub.email == msg["To"].addresses[0].addr_spec
        assert msg["Message-ID"].startswith(f"<issue-1.sub-{sub.id}.")


def test_a_second_send_sends_nothing_and_message_ids_are_stable(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)
    again = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)

    assert again.sent == 0 and again.skipped == 12
    assert sink.count() == 12
    ids = {d.message_id for d in list_store.deliveries(1)}
    assert ids == {m["Message-ID"] for m in sink.messages()}


def test_a_temporary_451_is_retried_and_delivered_once(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    sink.defer_first = {"fan3@example.org", "fan7@example.org"}

    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)

    assert report.sent == 12
    assert sink.deferred == {"fan3@example.org", "fan7@example.org"}
    assert sink.per_recipient()["fan3@example.org"] == 1


def test_a_550_fails_only_that_recipient_and_repeated_ones_mark_it_bounced(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    sink.reject = {"fan5@example.org"}

    first = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)
    assert (first.sent, first.failed, first.bounced) == (11, 1, 0)
    failed = [d for d in list_store.deliveries(1) if d.state == "failed"]
    assert [d.email for d in failed] == ["fan5@example.org"]
    assert failed[0].last_error and failed[0].last_error.startswith("550")
    assert list_store.subscriber(email="fan5@example.org").status == "active"  # type: ignore[union-attr]

    second = send_issue(
        list_store,
        smtp_settings,
        list_store.issue(2),
        compose=compose,
        now=NOW,  # type: ignore[arg-type]
    )
    assert (second.failed, second.bounced) == (1, 1)  # bounce_after=2
    assert list_store.subscriber(email="fan5@example.org").status == "bounced"  # type: ignore[union-attr]


def test_an_unreachable_server_fails_clearly_and_marks_nothing_sent(
    list_store: Store, smtp_settings: Settings
) -> None:
    down = Settings.load(home=smtp_settings.home, smtp_url=f"smtp://127.0.0.1:{free_port()}")

    with pytest.raises(DeliveryError, match=r"cannot reach SMTP server 127\.0\.0\.1:\d+"):
        send_issue(list_store, down, ISSUE, compose=compose, now=NOW)

    assert "sent" not in list_store.delivery_counts(1)
    assert "sending" not in list_store.delivery_counts(1)


def test_a_server_that_goes_away_mid_send_stops_with_an_error_and_resumes_later(
    list_store: Store, smtp_settings: Settings, sink: Sink, smtp: SmtpServer
) -> None:
    calls = 0

    def compose_then_stop_server(sub: Subscriber) -> Rendered:
        nonlocal calls
        calls += 1
        if calls == 6:
            smtp.stop()
        return compose(sub)

    with pytest.raises(DeliveryError):
        send_issue(list_store, smtp_settings, ISSUE, compose=compose_then_stop_server, now=NOW)
    counts = list_store.delivery_counts(1)
    assert "sending" not in counts and counts.get("sent", 0) == sink.count()

    smtp.start()
    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)
    assert report.uncertain == counts.get("uncertain", 0)
    assert max(sink.per_recipient().values()) == 1
    assert sink.count() + report.uncertain == 12


def test_a_subject_or_name_from_feed_text_cannot_inject_headers(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    evil = "Lineup\r\nBcc: victim@example.net\r\nX-Evil: 1\n\nbody"
    list_store.add_subscriber(
        Subscriber(email="name@example.org", name="Eve\r\nBcc: victim@example.net"), now=NOW,
        via="test",
    )  # fmt: skip

    def evil_compose(sub: Subscriber) -> Rendered:
        return Rendered(subject=evil, preheader="", html="<p>x</p>", text="x")

    send_issue(list_store, smtp_settings, ISSUE, compose=evil_compose, now=NOW)

    assert "victim@example.net" not in sink.per_recipient()
    for msg in sink.messages():
        assert msg["Bcc"] is None and msg["X-Evil"] is None
        assert "\n" not in msg["Subject"] and msg["Subject"].startswith("Lineup Bcc:")


def test_test_copies_go_only_to_the_given_addresses_without_unsubscribe_headers(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW,
                        to=["editor@example.org"])  # fmt: skip

    assert report.test_copies and report.sent == 1
    assert list(sink.per_recipient()) == ["editor@example.org"]
    assert sink.messages()[0]["List-Unsubscribe"] is None
    assert list_store.delivery_counts(1) == {}


def test_a_dry_run_counts_and_sends_nothing(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW, dry_run=True)

    assert report.dry_run and report.sent == 12
    assert sink.count() == 0 and list_store.delivery_counts(1) == {}


def test_a_held_lease_refuses_a_second_sender_until_it_expires(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    name, now = "deliver:issue-1", datetime.now(UTC)
    assert list_store.acquire_lock(name, "other:1", now=now, ttl=timedelta(hours=1)) is None
    with pytest.raises(LockHeldError, match="other:1"):
        send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)
    assert sink.count() == 0

    with list_store.begin() as conn:  # the other sender died long ago: its lease ran out
        from pipeline.store import locks

        conn.execute(locks.update().values(expires_at=now - timedelta(minutes=1)))
    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose, now=NOW)
    assert report.sent == 12


def test_outbox_files_parse_back_and_are_named_without_feed_text(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    store.save_issue(ISSUE)
    store.add_subscriber(Subscriber(email="fan@example.org", name="Fan"), now=NOW, via="t")

    def sneaky(sub: Subscriber) -> Rendered:
        return Rendered(subject="../../etc/passwd", preheader="", html="<p>x</p>", text="x")

    report = send_issue(store, settings, ISSUE, compose=sneaky, now=NOW)

    folder = settings.outbox_dir / "issue-1"
    files = sorted(folder.iterdir())
    assert report.sent == 1 and [f.name for f in files] == ["sub-1.eml"]
    msg = email.message_from_bytes(files[0].read_bytes(), policy=default)
    assert msg["To"] == "Fan <fan@example.org>" and msg["Subject"] == "../../etc/passwd"
    assert msg["List-Unsubscribe-Post"] is None  # base URL is a file: URL, so mailto only
    assert send_issue(store, settings, ISSUE, compose=sneaky, now=NOW).sent == 0


def test_links_point_at_the_archive_and_a_signed_token(settings: Settings) -> None:
    links = links_for(settings, 7, Subscriber(email="a@example.org", id=42))

    assert links.view_url == f"{settings.base_url}issues/7.html"
    token = links.unsubscribe_url.rsplit("/", 1)[1]
    assert read_token(settings.secret, token) == 42
    assert links.preferences_url.endswith(make_token(settings.secret, 42))


def test_cli_send_prints_a_summary_and_sends_once(
    list_store: Store, smtp_settings: Settings, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(smtp_settings.home))
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp_settings.smtp_url or "")
    monkeypatch.setenv("DIGEST_BASE_URL", smtp_settings.base_url)
    monkeypatch.setattr(cli, "_compose_for", lambda issue, settings: compose)
    runner = CliRunner()

    first = runner.invoke(cli.app, ["send", "--issue", "1"])
    second = runner.invoke(cli.app, ["send", "--issue", "1"])

    assert first.exit_code == 0, first.output
    assert "sent 12, failed 0" in first.stdout
    assert "sent 0" in second.stdout and "already done 12" in second.stdout
    assert sink.count() == 12


def test_cli_send_renders_the_latest_issue_once_and_names_a_bad_server(
    list_store: Store, smtp_settings: Settings, sink: Sink, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIGEST_HOME", str(smtp_settings.home))
    monkeypatch.setenv("DIGEST_SMTP_URL", smtp_settings.smtp_url or "")
    monkeypatch.setenv("DIGEST_BASE_URL", smtp_settings.base_url)
    runner = CliRunner()

    sent = runner.invoke(cli.app, ["send"])
    assert sent.exit_code == 0, sent.output
    assert "issue 2: sent 12" in sent.stdout and sink.count() == 12
    first = sink.messages()[0]
    assert first["Subject"].startswith("Week 2") and first.get_body(("html",)) is not None
    again = runner.invoke(cli.app, ["send"])
    assert "sent 0" in again.stdout and "already done 12" in again.stdout
    assert sink.count() == 12

    monkeypatch.setenv("DIGEST_SMTP_URL", f"smtp://127.0.0.1:{free_port()}")
    down = runner.invoke(cli.app, ["send"])
    assert down.exit_code == 1 and "cannot reach SMTP server" in down.stderr

    monkeypatch.setenv("DIGEST_SMTP_URL", "http://mail.example.org")
    bad = runner.invoke(cli.app, ["send"])
    assert bad.exit_code == 2 and "DIGEST_SMTP_URL" in bad.stderr


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a key")
def test_messages_are_dkim_signed_when_a_key_is_configured(
    tmp_path: Path, store: Store, settings: Settings
) -> None:
    key = tmp_path / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(key), "1024"],
                   check=True, capture_output=True)  # fmt: skip
    public = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
                            check=True, capture_output=True).stdout  # fmt: skip
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    signed = Settings.load(home=settings.home, DIGEST_FROM="Digest <digest@example.org>",
                           dkim_key=key, dkim_selector="mail")  # fmt: skip
    store.save_issue(ISSUE)
    store.add_subscriber(Subscriber(email="fan@example.org"), now=NOW, via="t")

    send_issue(store, signed, ISSUE, compose=compose, now=NOW)

    data = (signed.outbox_dir / "issue-1" / "sub-1.eml").read_bytes()
    assert data.startswith(b"DKIM-Signature:") and b"d=example.org" in data
    lookups: list[bytes] = []

    def dns(name: bytes, timeout: int = 5) -> bytes:
        lookups.append(name)
        return record

    assert dkim.verify(data, dnsfunc=dns, minkey=1024)
    assert lookups == [b"mail._domainkey.example.org."]


def test_smtp_login_uses_the_url_user_and_the_password_setting(
    tmp_path: Path, store: Store, sink: Sink
) -> None:
    def authenticator(server: object, session: object, envelope: object, mechanism: str,
                      auth_data: object) -> AuthResult:  # fmt: skip
        assert isinstance(auth_data, LoginPassword)
        login, password = (
            v.decode() if isinstance(v, bytes) else v for v in (auth_data.login, auth_data.password)
        )
        ok = (login, password) == ("digest@example.org", "s3cret")
        return AuthResult(success=ok, handled=False)

    server = SmtpServer(sink, authenticator=authenticator, auth_require_tls=False)
    server.start()
    try:
        url = f"smtp://digest%40example.org:wrong@127.0.0.1:{server.port}"
        store.save_issue(ISSUE)
        store.add_subscriber(Subscriber(email="fan@example.org"), now=NOW, via="t")
        refused = Settings.load(home=tmp_path / "home", smtp_url=url)
        with pytest.raises(DeliveryError, match="refused the login"):
            send_issue(store, refused, ISSUE, compose=compose, now=NOW)
        assert "sent" not in store.delivery_counts(1)

        accepted = Settings.load(home=tmp_path / "home", smtp_url=url, smtp_password="s3cret")
        assert send_issue(store, accepted, ISSUE, compose=compose, now=NOW).sent == 1
        assert list(sink.per_recipient()) == ["fan@example.org"]
    finally:
        server.stop()


def test_a_claim_returns_only_the_rows_it_moved_never_another_senders(store: Store) -> None:
    store.save_issue(ISSUE)
    subs = [store.add_subscriber(Subscriber(email=f"c{i}@example.org"), now=NOW, via="test")
            for i in range(4)]  # fmt: skip
    store.prepare_deliveries(1, subs, message_id=lambda s: f"<{s.id}@x>", now=NOW)
    ids = [s.id for s in subs if s.id is not None]

    first = store.claim_deliveries(1, ids[:2], states=("pending",), now=NOW)
    second = store.claim_deliveries(1, ids, states=("pending",), now=NOW)

    assert first == set(ids[:2])
    assert second == set(ids[2:])  # rows the first sender holds in "sending" are not its


def test_a_pause_or_unsubscribe_during_a_send_is_honoured_before_the_next_batch(
    list_store: Store, smtp_settings: Settings, sink: Sink
) -> None:
    pausing = list_store.subscriber(email="fan10@example.org")
    leaving = list_store.subscriber(email="fan11@example.org")
    assert pausing is not None and leaving is not None

    def compose_and_change(sub: Subscriber) -> Rendered:
        if sub.email == "fan0@example.org":  # while the first batch is being prepared
            list_store.set_paused(
                pausing.id or 0, NOW + timedelta(days=30), now=NOW, via="web", detail="t"
            )
            list_store.change_subscriber(
                Subscriber(id=leaving.id, email=leaving.email, status="unsubscribed"),
                now=NOW, action="unsubscribed", via="web",
            )  # fmt: skip
        return compose(sub)

    report = send_issue(list_store, smtp_settings, ISSUE, compose=compose_and_change, now=NOW)

    assert set(sink.per_recipient()) == {f"fan{i}@example.org" for i in range(10)}
    assert report.sent == 10 and report.skipped == 2
