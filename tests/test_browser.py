"""The map in real headless Chromium: offline, layered, escaped."""
import shutil
from pathlib import Path

import pytest

import chronology
from chronology.export import write_all

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Debian chromium not installed (.ci/run installs it)")]

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

HOSTILE = """On 2 May 1911, Ivan <script>window.__pwned=1</script> left Moscow and took the train to Tver.
On 4 May 1911 he reached Vologda `${window.__pwned=2}` <img src=x onerror="window.__pwned=3"> \\ end."""


def _page(tmp_path, text, **kw):
    c = chronology.build(text, **kw)
    write_all(c, tmp_path, text=text)
    return c, (tmp_path / "map.html").as_uri()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, args=[
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"])
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def page(browser):
    p = browser.new_page()
    yield p
    p.close()


def test_seed_map_loads_offline_with_one_layer_per_journey(tmp_path, seed_text, seed_cast, page):
    c, url = _page(tmp_path, seed_text, cast=seed_cast)
    requests = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(url)
    page.wait_for_selector(".leaflet-control-layers")
    layers = page.locator(".leaflet-control-layers-overlays label").count()
    paths = page.locator("path.leaflet-interactive").count()
    assert layers == len(c.journeys)
    assert paths >= len([l for l in c.legs if l.from_ is not None])
    assert requests == []
    page.evaluate("""document.querySelectorAll('path.leaflet-interactive')[1]
                     .dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 10, clientY: 10}))""")
    page.wait_for_selector(".leaflet-popup-content")
    assert "line" in page.locator(".leaflet-popup-content").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 1200, "height": 800})
    page.screenshot(path=str(ARTIFACTS / "seed-map.png"))


def test_hostile_text_shows_as_text_and_runs_nothing(tmp_path, page):
    c, url = _page(tmp_path, HOSTILE, subject="Ivan")
    assert c.legs
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    page.wait_for_selector(".leaflet-control-layers")
    assert page.evaluate("window.__pwned === undefined")
    page.evaluate("""document.querySelectorAll('path.leaflet-interactive')[0]
                     .dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: 10, clientY: 10}))""")
    page.wait_for_selector(".leaflet-popup-content")
    shown = page.locator(".leaflet-popup-content").inner_text()
    assert "<script>" in shown or "${" in shown or "onerror" in shown
    page.locator(".chrono-player input").fill("1")     # the player shows a leg's label too
    page.locator(".chrono-stop").first.hover()          # and a stop its tooltip
    assert page.evaluate("window.__pwned === undefined")
    assert errors == []
    page.goto((tmp_path / "timeline.html").as_uri())
    assert page.evaluate("window.__pwned === undefined")


TRIP = """On 2 May 1911 Ivan took the train from Moscow to Tver. On 4 May 1911 he reached Vologda.
On 9 May 1911 he returned to Moscow by train."""


def test_stops_are_numbered_and_legs_carry_direction_arrows(tmp_path, page):
    c, url = _page(tmp_path, TRIP, subject="Ivan")
    page.goto(url)
    page.wait_for_selector(".chrono-stop")
    stops = page.locator(".chrono-stop").all_inner_texts()
    assert stops == [str(i) for i in range(1, len(c.legs) + 1)]
    assert page.locator(".chrono-arrow").count() == len(c.legs)
    assert page.locator("path.leaflet-interactive").count() == len(c.legs)   # land is not interactive


def test_the_player_slider_shows_the_itinerary_leg_by_leg(tmp_path, page):
    c, url = _page(tmp_path, TRIP, subject="Ivan")
    page.goto(url)
    page.wait_for_selector(".chrono-player input")
    page.locator(".chrono-player input").fill("1")
    assert page.locator(".chrono-stop").count() == 1
    assert "Tver" in page.locator(".chrono-label").inner_text()
    page.locator(".chrono-player input").fill(str(len(c.legs)))
    assert page.locator(".chrono-stop").count() == len(c.legs)


def test_a_timeline_link_opens_its_leg_on_the_map(tmp_path, page):
    c, url = _page(tmp_path, TRIP, subject="Ivan")
    page.goto((tmp_path / "timeline.html").as_uri())
    page.locator(f"a[href='map.html#{c.legs[1].id}']").click()
    page.wait_for_selector(".leaflet-popup-content")
    assert "Vologda" in page.locator(".leaflet-popup-content").inner_text()
