"""Headlines of news that is not about a show: people, companies, events and goods.

An obituary, a box-office chart, a studio opening a branch, a pop-up shop or a
figure names shows in passing, but presents none: its dates are shop openings and
its credits are a career. Such an article gives no show record. Licensing and
streaming news ("HIDIVE adds X", "Crunchyroll to stream X") is about a show and is
not matched here.
"""

from __future__ import annotations

import re

OTHER_NEWS = re.compile(
    r"\b(?:pass(?:es|ed)\s+away|dies|died|obituary|in\s+memoriam|funeral|box\s+office"
    r"|pop-up\s+(?:shop|store|caf[eé])|collaboration\s+caf[eé]|caf[eé]\s+collab\w*|exhibitions?"
    r"|museum|scale\s+figure|figures?|figurines?|nendoroid|plush(?:ies)?|merchandise|merch"
    r"|goods|apparel|lottery|ichiban\s+kuji|sales\s+ranking|rankings?|polls?|earnings|revenue"
    r"|profits?|net\s+sales|fiscal\s+year|layoffs?|hires|hiring|bankrupt\w*|lawsuit|sues|sued"
    r"|opens\s+(?:a\s+)?(?:new\s+|second\s+|third\s+)?(?:studio|branch|office)"
    r"|(?:new|second|third)\s+(?:branch|office)|branch\s+office|headquarters|stage\s+play"
    r"|live-action|concert|theme\s+park|stamp\s+rally|crowdfunding|alliance|partnership|merger|merges?"
    r"|joint\s+venture|stake|subsidiary|IPO)\b"
    r"|\b(?:manga|light\s+novels?|novels?)\s+(?:series\s+)?(?:ends|to\s+end|will\s+end|goes\s+on"
    r"\s+hiatus|on\s+hiatus|resumes|enters\s+(?:its\s+)?final\s+arc)\b",
    re.I,
)


def is_other_news(headline: str | None) -> bool:
    """True when ``headline`` announces news that is not a show's (see the module note)."""
    return bool(headline and OTHER_NEWS.search(headline))
