"""The dashboard and the report in headless Chromium: a click on a chart shows the evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_report import build_demo_store

from realpolitik.report.screenshot import CHROMIUM_ARGS as ARGS

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    return build_demo_store(tmp_path_factory.mktemp("browser") / "demo.duckdb")


@pytest.fixture(scope="module")
def server(demo_db: Path, live_server):
    from realpolitik.web.app import create_app

    return live_server(create_app(demo_db))


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def test_dashboard_click_shows_highlighted_evidence(server: str, browser) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(server + "/")
    page.screenshot(path=str(ARTIFACTS / "dashboard-overview.png"), full_page=True)
    page.click("a.dyad-link:has-text('BLR – RUS')")
    page.wait_for_url("**/dyad/BLR-RUS*")
    # sum and mean coincide for a one-event period: click the top-most circle, as a user would
    page.locator(
        'circle.point[data-dyad="BLR-RUS"][data-period="2015-01-01"]'
    ).last.click()
    item = page.locator("#evidence .evidence-item").first
    item.wait_for()
    assert item.locator("mark.trigger").inner_text() == "accused"
    assert item.locator("mark.actor").all_inner_texts() == ["Moscow", "Minsk"]
    assert item.locator("mark.trigger").is_visible()
    page.screenshot(path=str(ARTIFACTS / "dashboard-dyad-evidence.png"), full_page=True)
    page.close()


def test_a_refused_evidence_request_shows_its_message(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    page.goto(server + "/dyad/BLR-RUS")
    # as if the chart carried a bad date: the server answers 422
    page.locator('circle.point[data-dyad="BLR-RUS"][data-period="2015-01-01"]').evaluate_all(
        "points => points.forEach(p => { p.dataset.period = 'NaN'; })"
    )
    page.locator('circle.point[data-dyad="BLR-RUS"][data-period="NaN"]').last.click()
    error = page.locator("#evidence p.error")
    error.wait_for()
    assert "'NaN' is not a date" in error.inner_text()
    page.close()


def test_document_highlight_click_shows_event(server: str, browser) -> None:
    page = browser.new_page(viewport={"width": 1100, "height": 800})
    page.goto(server + "/document/d1")
    page.click(".document-text mark.trigger:has-text('praised')")
    details = page.locator("#event-details")
    details.wait_for()
    assert "BLRGOV → RUSGOV" in details.inner_text()
    page.screenshot(path=str(ARTIFACTS / "dashboard-document.png"), full_page=True)
    page.close()


def test_report_file_works_offline(demo_db: Path, tmp_path: Path, browser) -> None:
    from realpolitik.report.html import write_report

    out = tmp_path / "report.html"
    write_report(demo_db, out)
    page = browser.new_page(viewport={"width": 1100, "height": 900})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(out.as_uri())
    section = page.locator('section[id="dyad:BLR-RUS:2014-01-01"]')
    assert not section.is_visible()
    page.locator(
        'circle.point[data-dyad="BLR-RUS"][data-period="2014-01-01"]'
    ).last.click()
    assert section.is_visible()
    assert "signed" in section.locator("mark.trigger").all_inner_texts()
    assert section.locator("mark.actor").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / "report-evidence.png"))
    assert requests == [out.as_uri()]  # the file itself, nothing else
    page.close()


def test_report_screenshot_for_the_readme(demo_db: Path, tmp_path: Path, browser) -> None:
    from PIL import Image

    from realpolitik.report.html import write_report
    from realpolitik.report.screenshot import screenshot

    report = tmp_path / "report.html"
    write_report(demo_db, report)
    out = screenshot(report, ARTIFACTS / "report-top.png", width=1000, height=1400, browser=browser)
    with Image.open(out) as shot:
        assert shot.size == (1000, 1400) and shot.mode == "P"  # palette PNG: small enough for a README
        colours = shot.convert("RGB").getcolors(maxcolors=256)
    assert colours is not None and len(colours) > 8  # charts drawn, not a blank page


def test_screenshot_of_a_missing_report_names_the_file(tmp_path: Path) -> None:
    from realpolitik.errors import InputError
    from realpolitik.report.screenshot import screenshot

    with pytest.raises(InputError, match="nope.html"):
        screenshot(tmp_path / "nope.html", tmp_path / "x.png")


def test_report_network_edge_leads_to_the_pair_timeline(demo_db: Path, tmp_path: Path, browser) -> None:
    from realpolitik.report.html import write_report

    out = tmp_path / "report.html"
    write_report(demo_db, out)
    page = browser.new_page(viewport={"width": 1100, "height": 700})
    page.goto(out.as_uri())
    edge = page.locator('line.edge[data-dyad="BLR-RUS"]')
    edge.scroll_into_view_if_needed()
    box = edge.bounding_box()
    # the middle of the line (its ends sit under the node circles)
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    top = page.evaluate("document.getElementById('pair:BLR-RUS').getBoundingClientRect().top")
    assert 0 <= top < 50
    page.close()
