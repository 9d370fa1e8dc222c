"""A PNG screenshot of an HTML report in headless Chromium, for the README and for checking
what a reader sees.

    python -m realpolitik.report.screenshot out/report.html docs/img/report.png

Needs Playwright (the ``test`` extra) and a Chromium; Debian's ``/usr/bin/chromium`` is used
when present, so Playwright never has to download a browser.
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import InputError

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def find_chromium() -> str | None:
    """A Chromium on this machine, else None (Playwright then uses its own, if installed)."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(
    html: str | Path,
    out: str | Path,
    *,
    width: int = 1200,
    height: int | None = 1800,
    open_first: str | None = None,
    colours: int | None = 256,
    browser: Any = None,
) -> Path:
    """Save ``html`` as a PNG ``width`` px wide: the top ``height`` px, or the full page if None.
    ``open_first`` is a CSS selector clicked before the shot (e.g. a chart point, to show the
    evidence panel it opens).  ``colours`` reduces the PNG to a palette of that many colours
    (charts and text lose nothing visible, the file shrinks about threefold); None keeps RGB.
    ``browser``: a Playwright browser already running (tests share one); else one is launched."""
    html, out = Path(html), Path(out)
    if not html.is_file():
        raise InputError(
            str(html),
            "no such report; make one with `realpolitik report --db … --out …`",
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    if browser is not None:
        _shoot(browser, html, out, width, height, open_first)
    else:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            own = p.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_ARGS)
            try:
                _shoot(own, html, out, width, height, open_first)
            finally:
                own.close()
    if colours:
        from PIL import Image  # Pillow comes with matplotlib

        with Image.open(out) as shot:
            reduced = shot.convert("RGB").quantize(
                colors=colours, method=Image.Quantize.MEDIANCUT
            )
        reduced.save(out, optimize=True)
    return out


def _shoot(
    browser: Any,
    html: Path,
    out: Path,
    width: int,
    height: int | None,
    open_first: str | None,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height or 900})
    try:
        page.goto(html.resolve().as_uri())
        if open_first:
            page.locator(open_first).first.click()
        page.screenshot(path=str(out), full_page=height is None)
    finally:
        page.close()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m realpolitik.report.screenshot",
        description=__doc__.split("\n\n")[0],
    )
    parser.add_argument(
        "html", type=Path, help="the report (realpolitik report --out …)"
    )
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument(
        "--height", type=int, default=1800, help="top of the page only (0 = full page)"
    )
    parser.add_argument(
        "--click", help="CSS selector to click first, e.g. 'circle.point'"
    )
    args = parser.parse_args(argv)
    written = screenshot(
        args.html,
        args.out,
        width=args.width,
        height=args.height or None,
        open_first=args.click,
    )
    print(f"{written} ({written.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
