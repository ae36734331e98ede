"""Extraction quality through full pages: the scored sets read as article web pages.

    .venv/bin/python benchmarks/fulltext_quality.py     (from the repository root,
                                                         ../shared beside it)

Each article of the real-article corpus and of every fresh round is stored as the text
of its page (site noise included). Here each one is also turned back into an HTML page
the way a news site serves it: the stored text as paragraphs, lists and headings (a
short line with no closing punctuation) inside ``<article>``, wrapped in site chrome
(navigation, share buttons, a related-articles sidebar, a comment thread that names
other shows and people, a footer). That page goes through what ``fetch`` does with a
linked page (``pipeline.fetch.pagetext.read_page``, trafilatura) and the main text it
keeps is extracted and scored exactly as ``benchmarks/extract_rounds.sh`` scores the
stored text, with
``../shared/tools/score_extraction.py``. The table compares both: micro-F1 and
show-detection F1 on the stored text, then through the page.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

from pipeline.core.errors import SourceError
from pipeline.fetch.pagetext import read_page

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared/tools/score_extraction.py"
OUT = ROOT / "var/bench/fullpage"
CHROME_TOP = (
    '<header><a href="/">News Site</a><nav><ul>'
    + "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(12))
    + '</ul></nav></header><div class="share"><a href="#">Share on X</a>'
    '<a href="#">Share on Facebook</a><a href="#">Copy link</a></div>'
)
CHROME_BOTTOM = (
    '<aside class="related"><h3>Related articles</h3><ul>'
    '<li><a href="/r/1">Moonlit Harbor season 2 announced with Yui Hanamura</a></li>'
    '<li><a href="/r/2">Star Frame anime premieres on April 4 on Tokyo MX</a></li></ul>'
    '</aside><section id="comments" class="comments"><h3>Comments (2)</h3>'
    '<div class="comment"><p class="author">otaku42</p><p>Rika Sato should voice the lead '
    "in the next season of Paper Moon, which airs on Fuji TV.</p></div>"
    '<div class="comment"><p class="author">mecha_fan</p><p>Director Yusuke Kido did the '
    "best episodes of Star Frame at Studio Lumen.</p></div></section>"
    "<footer><p>Copyright. All rights reserved.</p></footer>"
)
BULLET = re.compile(r"^\s*[•*\-–]\s+")


def as_page(article: dict[str, str]) -> bytes:
    """The stored article text as a news site's HTML page."""
    blocks: list[str] = []
    items: list[str] = []
    for line in (article.get("content") or "").splitlines():
        text = html.escape(line.strip())
        if BULLET.match(line):
            items.append(f"<li>{html.escape(BULLET.sub('', line).strip())}</li>")
            continue
        if items:
            blocks.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if text:
            heading = len(text) <= 90 and not text.endswith((".", "!", "?", ":", ";", ","))
            blocks.append(f"<h3>{text}</h3>" if heading else f"<p>{text}</p>")
    if items:
        blocks.append("<ul>" + "".join(items) + "</ul>")
    title = html.escape(article.get("title") or "")
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body>{CHROME_TOP}<main><article><h1>{title}</h1>{''.join(blocks)}</article>"
        f"</main>{CHROME_BOTTOM}</body></html>"
    ).encode()


def through_pages(corpus: Path, target: Path) -> int:
    """Write each article of ``corpus`` as read from its page; return pages refused."""
    target.mkdir(parents=True, exist_ok=True)
    refused = 0
    for path in sorted((corpus / "articles").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        try:
            article["content"] = read_page(as_page(article), article.get("link") or "").html
        except SourceError:
            refused += 1  # fetch would keep the feed's summary; here: nothing
            article["content"] = ""
        (target / path.name).write_text(json.dumps(article, ensure_ascii=False), "utf-8")
    return refused


def score(gold: Path, articles: Path, name: str) -> tuple[str, str]:
    """(micro-F1, show-detection F1) of the extractor on ``articles``."""
    predicted = OUT / f"{name}-pred.json"
    files = sorted(str(p) for p in articles.glob("*.json"))
    digest = str(Path(sys.executable).parent / "anime-digest")
    with predicted.open("w") as out:
        subprocess.run([digest, "extract", *files, "--json"], stdout=out, check=True)
    report = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(predicted)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    micro = re.search(r"micro-F1 ([\d.]+)", report)
    shows = re.search(r"show detection\s+[\d.]+\s+[\d.]+\s+([\d.]+)", report)
    return (micro.group(1) if micro else "?", shows.group(1) if shows else "?")


def main() -> None:
    sets = [ROOT.parent / "shared/corpus/real", *sorted((ROOT / "tests/data/real").glob("round*"))]
    print("| set | articles | micro-F1 stored text | via page | shows stored | via page |")
    print("|---|---:|---:|---:|---:|---:|")
    for corpus in sets:
        if not any((corpus / "gold").glob("*.json")):
            continue
        name = corpus.name
        paged = OUT / name / "articles"
        refused = through_pages(corpus, paged)
        before = score(corpus / "gold", corpus / "articles", f"{name}-stored")
        after = score(corpus / "gold", paged, f"{name}-page")
        count = len(list(paged.glob("*.json")))
        note = f" ({refused} refused)" if refused else ""
        print(f"| {name} | {count}{note} | {before[0]} | {after[0]} | {before[1]} | {after[1]} |")


if __name__ == "__main__":
    main()
