"""Stored XSS: article text, ids, titles and URLs carrying <script>, onerror= and javascript: are
shown as text in the report and on every dashboard page, never as markup.

The fast tests read the HTML the way a browser's parser would and look for anything that could
run; the `browser` test opens the same pages in headless Chromium and clicks through them,
failing on any dialog a script would open.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from web_stores import HOSTILE_CODE, HOSTILE_ID, build_hostile_store

from realpolitik.report.html import _REPORT_JS, write_report
from realpolitik.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href")
PAGES = ["/", "/dyad/" + quote(HOSTILE_CODE + "-BLR"), "/actor/BLR", "/actor/" + quote(HOSTILE_CODE),
         "/document/" + quote(HOSTILE_ID), "/fragments/evidence?period_start=2016-01-01&dyad=BLR-RUS",
         "/fragments/evidence?period_start=2016-01-01&tilt=BLR:RUS:WEST"]  # fmt: skip


class _Markup(HTMLParser):
    """Every tag with its attributes, and the text of inline scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.inline_scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        self._in_script = tag == "script" and not dict(attrs).get("src")
        if self._in_script:
            self.inline_scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False if tag == "script" else self._in_script

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_scripts[-1] += data


def active_markup(html: str, inline_scripts: tuple[str, ...] = ()) -> list[str]:
    """What in ``html`` could run: scripts other than ours, event-handler attributes, javascript:
    URLs, and the elements the hostile fields carry (img, iframe, object, embed)."""
    markup = _Markup()
    markup.feed(html)
    found = [f"inline script {s[:40]!r}" for s in markup.inline_scripts if s not in inline_scripts]
    for tag, attrs in markup.tags:
        if tag == "script" and attrs.get("src") not in (None, "", "/static/dashboard.js"):
            found.append(f"script from {attrs['src']}")
        if tag in ("img", "iframe", "object", "embed"):
            found.append(f"<{tag}>")
        found += [f"<{tag} {name}=...>" for name in attrs if name.startswith("on")]
        found += [f"<{tag} {name}={attrs[name]!r}>" for name in URL_ATTRIBUTES
                  if re.sub(r"\s", "", attrs.get(name, "")).lower().startswith(("javascript:", "data:"))]  # fmt: skip
    return found


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory) -> Path:
    return build_hostile_store(tmp_path_factory.mktemp("xss") / "hostile.duckdb")


@pytest.fixture(scope="module")
def report_path(hostile_db: Path, tmp_path_factory) -> Path:
    return write_report(hostile_db, tmp_path_factory.mktemp("xss-report") / "report.html")[0]


def test_the_checker_finds_active_markup() -> None:
    found = active_markup('<p><img src=x onerror="alert(2)"><a href=" javascript:alert(3)">x</a><script>alert(1)</script></p>')
    assert found == ["inline script 'alert(1)'", "<img>", "<img onerror=...>", "<a href=' javascript:alert(3)'>"]


@pytest.mark.parametrize("path", PAGES)
def test_dashboard_pages_show_hostile_fields_as_text(hostile_db: Path, path: str) -> None:
    with TestClient(create_app(hostile_db)) as client:
        response = client.get(path)
    assert response.status_code == 200
    assert active_markup(response.text) == []
    assert "&lt;SVG ONLOAD" in response.text or "&lt;script&gt;" in response.text  # hostile fields are on it


def test_every_document_page_shows_hostile_fields_as_text(hostile_db: Path) -> None:
    with TestClient(create_app(hostile_db)) as client:
        ids = [d["doc_id"] for d in client.get("/api/events?modality=all").json()]
        pages = [client.get("/document/" + quote(i)).text for i in ids]
    assert len(pages) == 7 and all(active_markup(page) == [] for page in pages)
    hostile = pages[ids.index(HOSTILE_ID)]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; title" in hostile and "javascript:alert(3)" in hostile


def test_the_report_shows_hostile_fields_as_text(report_path: Path) -> None:
    html = report_path.read_text(encoding="utf-8")
    assert active_markup(html, inline_scripts=(_REPORT_JS,)) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt; title" in html and "onerror=&quot;alert(2)&quot;" in html


# -- in Chromium ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(hostile_db: Path, live_server):
    return live_server(create_app(hostile_db))


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM}")
def test_no_script_runs_in_chromium(server: str, report_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from realpolitik.report.screenshot import CHROMIUM_ARGS

    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in PAGES:
            page.goto(server + path)
        page.goto(server + "/dyad/BLR-RUS")
        page.locator('circle.point[data-dyad="BLR-RUS"][data-period="2016-01-01"]').last.click()
        page.locator("#evidence .evidence-item").first.wait_for()
        page.goto(server + "/document/" + quote(HOSTILE_ID))
        page.locator(".document-text mark[data-events]").first.click()
        page.locator("#event-details .evidence-item").first.wait_for()
        page.goto(report_path.as_uri())
        page.locator('circle.point[data-dyad="BLR-RUS"][data-period="2016-01-01"]').last.click()
        shown = page.locator("section.period-evidence:not([hidden])").inner_text()
        browser.close()
    assert dialogs == [] and "accused" in shown
