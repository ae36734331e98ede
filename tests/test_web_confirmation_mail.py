"""The confirmation mail goes out like an issue: over the configured SMTP server, DKIM-signed."""

from __future__ import annotations

import asyncio
import base64
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import dkim
import pytest
from mailsink import Sink, SmtpServer

from pipeline.core.config import Settings
from pipeline.web._mail import confirmation_message, default_transport, send_one

NOW = datetime(2021, 4, 1, 9, 0, tzinfo=UTC)


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a key")
def test_the_confirmation_mail_is_dkim_signed_and_sent_over_smtp(
    tmp_path: Path, smtp: SmtpServer, sink: Sink
) -> None:
    key = tmp_path / "dkim.pem"
    subprocess.run(["openssl", "genrsa", "-traditional", "-out", str(key), "1024"],
                   check=True, capture_output=True)  # fmt: skip
    public = subprocess.run(["openssl", "rsa", "-in", str(key), "-pubout", "-outform", "DER"],
                            check=True, capture_output=True).stdout  # fmt: skip
    settings = Settings.load(
        home=tmp_path / "home", smtp_url=smtp.url, DIGEST_FROM="Digest <digest@example.org>",
        dkim_key=key, dkim_selector="mail", base_url="https://digest.example.org/",
    )  # fmt: skip
    envelope = confirmation_message(
        settings, email="aki@example.org", name="Aki",
        link="https://digest.example.org/confirm/abc", now=NOW,
    )  # fmt: skip

    asyncio.run(send_one(default_transport(settings), envelope))

    [(recipient, data)] = sink.received
    assert recipient == "aki@example.org"
    assert b"DKIM-Signature:" in data and b"d=example.org" in data
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    signed = data[data.index(b"DKIM-Signature:") :]  # the server puts its own headers first
    assert dkim.verify(signed, dnsfunc=lambda name, timeout=5: record, minkey=1024)
    assert sink.messages()[0]["Subject"] == "Confirm your Anime Digest subscription"
