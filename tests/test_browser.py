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
    page.goto(server + "/?period=year")  # three years of data would be shown by month
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


SOUTH_ASIA_CORPUS = Path(__file__).resolve().parent / "data" / "southasia"


@pytest.fixture(scope="module")
def south_asia_server(tmp_path_factory, live_server) -> str:
    """The dashboard over the South Asian articles, coded by the real pipeline."""
    import realpolitik
    from realpolitik.store import Store
    from realpolitik.web.app import create_app

    db = tmp_path_factory.mktemp("southasia") / "southasia.duckdb"
    with Store(db) as store:
        store.ingest(sorted(SOUTH_ASIA_CORPUS.glob("*.txt")), coder=realpolitik.Coder(), progress=False)
    return live_server(create_app(db))


def test_a_newcomers_first_hour_on_a_south_asian_corpus(south_asia_server: str, browser, tmp_path: Path) -> None:
    """Choose a state and sides, filter, search, download, open a story's evidence, see the map:
    on articles that are not about Belarus, with nothing fetched from anywhere but the dashboard."""
    import pandas as pd

    ARTIFACTS.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": 1300, "height": 900}, accept_downloads=True)
    elsewhere: list[str] = []
    page.on("request", lambda r: None if r.url.startswith(south_asia_server) else elsewhere.append(r.url))

    # the overview picks a state and sides from the data, and says so; the newcomer picks others
    page.goto(south_asia_server + "/")
    assert "chosen from the data" in page.locator(".hint").inner_text()
    assert "Belarus" not in page.content() and "BLR" not in page.content()
    page.screenshot(path=str(ARTIFACTS / "newcomer-1-overview.png"), full_page=True)
    page.fill('input[name="state"]', "Pakistan")
    page.fill('input[name="between"]', "China")
    page.fill('input[name="and"]', "India")
    page.click("form.filters button")
    assert page.locator("h2:has-text('Tilt of PAK between CHN and IND')").is_visible()
    assert page.locator('circle.point[data-tilt="PAK:CHN:IND"]').count() > 0
    page.screenshot(path=str(ARTIFACTS / "newcomer-2-tilt-chosen.png"), full_page=True)

    # filter by a facet, then by quad class, then search the sentences
    page.click("nav.top a:has-text('events')")
    page.click('.facet[data-facet="country"] a:has-text("PAK")')
    page.select_option('select[name="quad"]', "3")
    page.click("form.browse-filters button")
    page.fill('input[name="q"]', "accused")
    page.click("form.browse-filters button")
    lead = page.locator("p.lead").first.inner_text()
    matching = int(lead.split()[0])
    rows = page.locator("tr.event")
    assert matching == rows.count() >= 2
    assert all("accused" in s.lower() for s in rows.locator("td.sentence").all_inner_texts())
    assert all(t.startswith(("111", "112")) for t in rows.locator("td.act .cameo").all_inner_texts())
    page.screenshot(path=str(ARTIFACTS / "newcomer-3-events-filtered.png"), full_page=True)

    # download exactly what is filtered
    with page.expect_download() as download:
        page.click("a.download:has-text('csv')")
    saved = tmp_path / "events.csv"
    download.value.save_as(saved)
    frame = pd.read_csv(saved)
    assert len(frame) == matching and set(frame["quad_class"]) == {3}
    assert frame["sentence"].str.lower().str.contains("accused").all()

    # a story's evidence: its mentions, then the article with the acts marked
    page.locator("tr.event a.story").first.click()
    page.wait_for_url("**/events?story_id=*")
    assert "every mention of one story" in page.locator("p.scope").inner_text()
    story = page.locator("tr.event")
    assert story.count() >= 1 and story.first.locator("mark.trigger").is_visible()
    page.screenshot(path=str(ARTIFACTS / "newcomer-4-story.png"), full_page=True)
    story.first.locator("td.source a").first.click()
    page.wait_for_url("**/document/**")
    page.locator(".document-text mark.trigger").first.click()
    assert page.locator("#event-details").is_visible()
    page.screenshot(path=str(ARTIFACTS / "newcomer-5-story-document.png"), full_page=True)

    # the map: towns where the acts happened, on outlines shipped with the package
    page.click("nav.top a:has-text('map')")
    assert page.locator('circle.place[data-place="Islamabad"]').count() == 1
    assert page.locator('circle.place[data-place="Lahore"]').count() == 1
    page.screenshot(path=str(ARTIFACTS / "newcomer-6-map.png"), full_page=True)
    # a nearby town's dot may lie over Lahore's: follow Lahore's own link, as a keyboard user would
    page.locator('a:has(circle.place[data-place="Lahore"])').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/events?place=Lahore")
    located = page.locator("tr.event td.sentence").all_inner_texts()
    assert located and all("Lahore" in t for t in located)

    # the API documentation, offline
    page.click("nav.top a:has-text('API')")
    assert page.locator("section.api-operation").count() >= 10
    assert elsewhere == []
    page.close()
