"""Show key visuals, downloaded once and resized into the site: nothing is hot-linked.

For every show's http(s) image address, ``pictures`` writes two JPEG renditions,
``assets/img/<sha256-prefix>-320.jpg`` and ``-640.jpg`` (``core.text.image_path``, so
the email can name the same file). An image already in the site folder is not asked
for again. A download must answer 200 with ``Content-Type: image/*`` within the fetch
timeouts and stay under ``MAX_IMAGE_BYTES``; Pillow then decodes it fully, with its
decompression-bomb guard on and a pixel limit of its own. Whatever fails (404, HTML
served as an image, an oversized file, a bomb, a truncated JPEG) is skipped and
reported with its reason; that show's card simply has no image.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from PIL import Image, ImageOps, UnidentifiedImageError

from pipeline.core.config import Settings
from pipeline.core.models import Show
from pipeline.core.text import image_path, safe_url
from pipeline.fetch import USER_AGENT

MAX_IMAGE_BYTES = 5 * 1024 * 1024  # a larger download is refused
MAX_PIXELS = 40_000_000  # a larger picture is refused before it is decoded
WIDTHS = (320, 640)  # rendition widths; a narrower original is never enlarged
QUALITY = 82  # JPEG quality of the renditions
DOWNLOADS_AT_ONCE = 4


class ImageRefused(Exception):
    """An image that cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A show's key visual as the pages embed it."""

    src: str  # the 320 px rendition, relative to the site root
    src_large: str  # the 640 px rendition, for wide screens
    width: int  # of the 320 px rendition, in pixels
    height: int


@dataclass(frozen=True, slots=True)
class Pictures:
    """Every show image of one build."""

    found: dict[str, Picture]  # image address -> its renditions
    files: list[tuple[str, bytes]]  # rendition files to write (site-relative path, bytes)
    failed: tuple[tuple[str, str], ...]  # (image address, reason) for each one skipped


def pictures(shows: Iterable[Show], site_dir: Path, settings: Settings) -> Pictures:
    """Renditions of every show image: read from ``site_dir`` when there, else downloaded."""
    urls = sorted({url for show in shows if (url := safe_url(show.visual_url))})
    if not urls:
        return Pictures({}, [], ())
    with _client(settings) as client, ThreadPoolExecutor(DOWNLOADS_AT_ONCE) as pool:
        results = list(pool.map(lambda url: _one(url, site_dir, client), urls))
    found: dict[str, Picture] = {}
    files: list[tuple[str, bytes]] = []
    failed: list[tuple[str, str]] = []
    for url, result in zip(urls, results, strict=True):
        if isinstance(result, str):
            failed.append((url, result))
            continue
        picture, renditions = result
        found[url] = picture
        files += renditions
    return Pictures(found, files, tuple(failed))


def _client(settings: Settings) -> httpx.Client:
    return httpx.Client(
        headers={"User-Agent": USER_AGENT, "Accept": "image/*"},
        timeout=httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout),
        follow_redirects=True,
        max_redirects=5,
    )


Result = tuple[Picture, list[tuple[str, bytes]]] | str  # the renditions, or why not


def _one(url: str, site_dir: Path, client: httpx.Client) -> Result:
    names = [image_path(url, width) for width in WIDTHS]
    try:
        kept = [(site_dir / name).read_bytes() for name in names]
    except OSError:
        kept = []
    try:
        datas = kept or renditions(_download(client, url))
        width, height = _size(datas[0])
    except ImageRefused as exc:
        return str(exc)
    picture = Picture(src=names[0], src_large=names[1], width=width, height=height)
    return picture, list(zip(names, datas, strict=True))


def _download(client: httpx.Client, url: str) -> bytes:
    """The image's bytes; ImageRefused for a bad answer, a wrong type or too many bytes."""
    try:
        with client.stream("GET", url) as response:
            if response.status_code != 200:
                raise ImageRefused(f"HTTP {response.status_code}")
            kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if not kind.startswith("image/"):
                raise ImageRefused(f"not an image: Content-Type {kind or 'missing'}")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_IMAGE_BYTES:
                raise ImageRefused(f"too large: {declared} bytes (limit {MAX_IMAGE_BYTES})")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_IMAGE_BYTES:
                    raise ImageRefused(f"too large: over {MAX_IMAGE_BYTES} bytes")
            return bytes(body)
    except httpx.HTTPError as exc:
        raise ImageRefused(f"download failed: {type(exc).__name__}: {exc}") from exc


def renditions(data: bytes) -> list[bytes]:
    """The image decoded and verified, as one JPEG per width in ``WIDTHS``."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                if image.width * image.height > MAX_PIXELS:
                    raise ImageRefused(
                        f"too many pixels: {image.width}x{image.height} (limit {MAX_PIXELS})"
                    )
                image.draft("RGB", (2 * WIDTHS[-1], 8 * WIDTHS[-1]))  # JPEG: decode smaller
                image.load()  # decodes every byte: a truncated file fails here
                flat = _flattened(ImageOps.exif_transpose(image))
    except ImageRefused:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(f"decompression bomb refused: {exc}") from exc
    except UnidentifiedImageError as exc:
        raise ImageRefused("not a picture Pillow can read") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise ImageRefused(f"broken image: {exc}") from exc
    return [_jpeg(flat, width) for width in WIDTHS]


def _flattened(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid on white."""
    if image.mode in {"RGBA", "LA", "P", "PA"}:
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _jpeg(image: Image.Image, width: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((width, width * 4), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    copy.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True)
    return out.getvalue()


def _size(jpeg: bytes) -> tuple[int, int]:
    try:
        with Image.open(io.BytesIO(jpeg)) as image:
            return image.width, image.height
    except (OSError, ValueError) as exc:
        raise ImageRefused(f"stored rendition unreadable: {exc}") from exc
