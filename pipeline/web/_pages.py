"""The request handlers: read the form, check limits and tokens, call a flow, render a page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse
from zoneinfo import available_timezones

import jinja2
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from pipeline.core import logs
from pipeline.core.config import Settings
from pipeline.core.errors import ConfigError, DeliveryError, SubscriberError
from pipeline.deliver import subscribers
from pipeline.render import template_env
from pipeline.store import Store
from pipeline.web import _flows
from pipeline.web._limits import Buckets, WebLimits
from pipeline.web._mail import TransportFactory, confirmation_message, send_one
from pipeline.web._tokens import csrf_ok, make_csrf_token, new_csrf_secret

CSRF_COOKIE = "digest_csrf"
CSRF_FIELD = "csrf"
log = logs.get("web")


@cache
def _zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def _folder(env: jinja2.Environment) -> Path:
    loader = env.loader
    assert isinstance(loader, jinja2.FileSystemLoader)
    return Path(loader.searchpath[0])


class Pages:
    """The handlers, sharing the store, settings, clock, mail transport and limits."""

    def __init__(
        self, store: Store, settings: Settings, now: Callable[[], datetime],
        transport_factory: TransportFactory, limits: WebLimits,
    ) -> None:  # fmt: skip
        self.store, self.settings, self.now = store, settings, now
        self.transport_factory = transport_factory
        self.env = template_env("web")
        self.web_assets = _folder(self.env) / "assets"
        self.site_assets = _folder(template_env("site")) / "assets"
        self.per_ip = Buckets(limits.subscribe_per_ip)
        self.per_address = Buckets(limits.mails_per_address)
        self.confirm_per_ip = Buckets(limits.confirm_per_ip)
        public = urlparse(settings.base_url)
        self.public = public.scheme in {"http", "https"}
        self.root = public.path if self.public else "/"

    # ── rendering ─────────────────────────────────────────────────────────────

    def page(
        self, name: str, status: int = 200, *, cookie: str | None = None, **context: Any
    ) -> HTMLResponse:
        context.setdefault(
            "csrf", make_csrf_token(self.settings.secret, cookie or "", clock=self.now)
        )
        html = self.env.get_template(name).render(root=self.root, **context)
        response = HTMLResponse(html, status_code=status)
        response.headers["Cache-Control"] = "no-store"
        return response

    def notice(self, title: str, message: str, status: int = 200, **more: Any) -> HTMLResponse:
        return self.page("notice.html.j2", status, title=title, message=message, **more)

    def with_cookie(self, request: Request, build: Callable[[str], HTMLResponse]) -> HTMLResponse:
        """A form page whose CSRF field matches the visitor's cookie (set when missing)."""
        cookie = request.cookies.get(CSRF_COOKIE) or new_csrf_secret()
        response = build(cookie)
        if request.cookies.get(CSRF_COOKIE) != cookie:
            response.set_cookie(
                CSRF_COOKIE, cookie, httponly=True, samesite="strict", path=self.root,
                secure=self.settings.base_url.startswith("https://"),
            )  # fmt: skip
        return response

    def csrf_refused(self, request: Request, form: Any) -> bool:
        field = form.get(CSRF_FIELD)
        value = field if isinstance(field, str) else None
        cookie = request.cookies.get(CSRF_COOKIE)
        return not csrf_ok(self.settings.secret, cookie, value, clock=self.now)

    def forbidden(self) -> HTMLResponse:
        return self.notice(
            "Form expired", "This form was too old or not sent from this site. "
            "Please open the page again and resend it.", 403,
        )  # fmt: skip

    def too_many(self) -> HTMLResponse:
        response = self.notice(
            "Too many requests", "Too many requests from here; please try again later.", 429
        )
        response.headers["Retry-After"] = "600"
        return response

    # ── subscribe and confirm ────────────────────────────────────────────────

    async def subscribe_form(self, request: Request) -> Response:
        return self.with_cookie(request, lambda c: self.subscribe_page(cookie=c))

    def subscribe_page(
        self,
        *,
        cookie: str,
        status: int = 200,
        error: str = "",
        values: dict[str, Any] | None = None,
    ) -> HTMLResponse:
        shown = {"email": "", "name": "", "timezone": "", "genres": [], **(values or {})}
        return self.page(
            "subscribe.html.j2", status, cookie=cookie, error=error, values=shown,
            zones=_zones(), genres=sorted(subscribers.known_genres()),
        )  # fmt: skip

    async def subscribe(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=64)
        if self.csrf_refused(request, form):
            return self.forbidden()
        ip = _client(request)
        if not self.per_ip.take(ip, self.now().timestamp()):
            return self.too_many()
        values = {k: str(form.get(k) or "") for k in ("email", "name", "timezone")}
        chosen = [str(g) for g in form.getlist("genres")]
        try:
            parsed = _flows.parse_subscribe_form(**values, genres=chosen)
        except SubscriberError as exc:
            cookie = request.cookies.get(CSRF_COOKIE, "")
            return self.subscribe_page(
                cookie=cookie, status=400, error=str(exc), values={**values, "genres": chosen}
            )
        if not self.per_address.take(parsed.email.lower(), self.now().timestamp()):
            return self.too_many()
        token = await run_in_threadpool(
            _flows.request_subscription, self.store, self.settings, parsed, ip=ip, clock=self.now
        )
        link = f"{self.settings.base_url}confirm/{token}"  # never from the Host header
        task = BackgroundTask(self.mail_confirmation, parsed.email, parsed.name, link)
        response = self.notice(
            "Check your inbox", f"If {parsed.email} can receive mail, a message with a "
            "confirmation link is on its way. Your subscription starts once you follow it.",
        )  # fmt: skip
        response.background = task
        return response

    async def mail_confirmation(self, email: str, name: str, link: str) -> None:
        try:
            envelope = confirmation_message(
                self.settings, email=email, name=name, link=link, now=self.now()
            )
            await send_one(self.transport_factory(self.settings), envelope)
        except (DeliveryError, ConfigError) as exc:  # signing or sending failed
            log.error("confirmation_not_sent", error=str(exc))

    async def confirm_page(self, request: Request) -> Response:
        """The page a confirmation link opens: a button, so link scanners confirm nobody."""
        token = request.path_params["token"]
        try:
            await run_in_threadpool(
                _flows.check_confirmation, self.store, self.settings, token, clock=self.now
            )
        except SubscriberError as exc:
            return self.notice(
                "Link not valid", f"{exc}. You can subscribe again to get a new one.", 400,
                subscribe_link=True,
            )  # fmt: skip
        return self.with_cookie(
            request, lambda c: self.page("confirm.html.j2", cookie=c, token=token)
        )

    async def confirm(self, request: Request) -> Response:
        form = await request.form(max_files=0, max_fields=8)
        if self.csrf_refused(request, form):
            return self.forbidden()
        ip = _client(request)
        if not self.confirm_per_ip.take(ip, self.now().timestamp()):
            return self.too_many()
        token = request.path_params["token"]
        try:
            await run_in_threadpool(
                _flows.confirm, self.store, self.settings, token, ip=ip, clock=self.now
            )
        except SubscriberError as exc:
            return self.notice(
                "Link not valid", f"{exc}. You can subscribe again to get a new one.", 400,
                subscribe_link=True,
            )  # fmt: skip
        return self.notice(
            "Subscription confirmed", "You are subscribed. The next issue will reach you."
        )

    # ── unsubscribe and preferences ──────────────────────────────────────────

    async def unsubscribe_page(self, request: Request) -> Response:
        token = request.path_params["token"]
        try:
            await run_in_threadpool(_flows.subscriber_for, self.store, self.settings, token)
        except SubscriberError:
            return self.invalid_link()
        return self.page("unsubscribe.html.j2", token=token)

    async def unsubscribe(self, request: Request) -> Response:
        token = request.path_params["token"]
        form = await request.form(max_files=0, max_fields=8)
        how = "unsubscribe-page" if form.get("from") == "page" else "one-click"
        try:
            await run_in_threadpool(
                lambda: _flows.unsubscribe(
                    self.store, self.settings, token, how=how, ip=_client(request), now=self.now()
                )
            )
        except SubscriberError:
            return self.invalid_link()
        return self.notice("Unsubscribed", "You are unsubscribed and will get no more issues.")

    def invalid_link(self) -> HTMLResponse:
        return self.notice("Link not valid", "This link is not valid for this list.", 400)

    async def preferences_form(self, request: Request) -> Response:
        token = request.path_params["token"]
        try:
            sub = await run_in_threadpool(_flows.subscriber_for, self.store, self.settings, token)
        except SubscriberError:
            return self.invalid_link()
        paused = await run_in_threadpool(self.store.paused_until, sub.id or 0)
        return self.with_cookie(
            request, lambda c: self.preferences_page(c, token, sub, paused, saved=False)
        )

    def preferences_page(
        self, cookie: str, token: str, sub: Any, paused: datetime | None, *, saved: bool,
        status: int = 200, error: str = "",
    ) -> HTMLResponse:  # fmt: skip
        paused_now = paused if paused is not None and paused > self.now() else None
        return self.page(
            "preferences.html.j2", status, cookie=cookie, token=token, sub=sub,
            paused=paused_now, saved=saved, error=error, zones=_zones(),
            genres=sorted(subscribers.known_genres()),
        )  # fmt: skip

    async def preferences(self, request: Request) -> Response:
        token = request.path_params["token"]
        form = await request.form(max_files=0, max_fields=64)
        if self.csrf_refused(request, form):
            return self.forbidden()
        try:
            sub = await run_in_threadpool(_flows.subscriber_for, self.store, self.settings, token)
        except SubscriberError:
            return self.invalid_link()
        cookie = request.cookies.get(CSRF_COOKIE, "")
        try:
            wanted = _flows.parse_preferences_form(
                str(form.get("timezone") or ""), [str(g) for g in form.getlist("genres")],
                str(form.get("pause_weeks") or ""),
            )  # fmt: skip
        except SubscriberError as exc:
            paused = await run_in_threadpool(self.store.paused_until, sub.id or 0)
            return self.preferences_page(cookie, token, sub, paused, saved=False, status=400,
                                         error=str(exc))  # fmt: skip
        ip, now = _client(request), self.now()
        sub = await run_in_threadpool(
            lambda: _flows.save_preferences(self.store, sub, wanted, ip=ip, now=now)
        )
        paused = await run_in_threadpool(self.store.paused_until, sub.id or 0)
        return self.preferences_page(cookie, token, sub, paused, saved=True)


def _client(request: Request) -> str:
    """The client's address (uvicorn puts the proxy's X-Forwarded-For here when trusted)."""
    return request.client.host if request.client else "unknown"
