"""Issues: each one kept whole as JSON, so it renders again identically."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.core.codec import from_json, to_json
from pipeline.core.models import Issue
from pipeline.store.base import StoreBase
from pipeline.store.schema import issues


class IssuesRepo(StoreBase):
    """Stored issues, by number."""

    def save_issue(self, issue: Issue) -> None:
        """Store a new issue; its number must not be taken."""
        with self.begin() as conn:
            conn.execute(
                issues.insert().values(
                    number=issue.number,
                    kind=issue.kind,
                    subject=issue.subject,
                    created_at=issue.created_at,
                    content=to_json(issue),
                )
            )

    def issue(self, number: int) -> Issue | None:
        """The stored issue ``number``, or None."""
        with self.engine.connect() as conn:
            content = conn.execute(
                select(issues.c.content).where(issues.c.number == number)
            ).scalar_one_or_none()
        return None if content is None else from_json(Issue, content)

    def latest_issue(self, *, kind: str | None = None) -> Issue | None:
        """The highest-numbered issue (of ``kind``, if given), or None."""
        query = select(issues.c.content).order_by(issues.c.number.desc()).limit(1)
        if kind is not None:
            query = query.where(issues.c.kind == kind)
        with self.engine.connect() as conn:
            content = conn.execute(query).scalar_one_or_none()
        return None if content is None else from_json(Issue, content)

    def all_issues(self) -> list[Issue]:
        """Every stored issue, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(issues.c.content).order_by(issues.c.number)).scalars()
            return [from_json(Issue, content) for content in rows]

    def next_issue_number(self) -> int:
        """One more than the highest issue number so far."""
        with self.engine.connect() as conn:
            highest = conn.execute(select(func.max(issues.c.number))).scalar_one_or_none()
        return (highest or 0) + 1
