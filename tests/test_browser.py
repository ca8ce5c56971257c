"""The map in real headless Chromium: offline, layered, escaped."""
import json
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
    page.locator(".chrono-stop").first.dispatch_event("mouseover")   # and a stop its tooltip
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
    # land and borders are not interactive; stays are rings with a tooltip
    assert page.locator("path.leaflet-interactive:not(.chrono-stay)").count() == len(c.legs)


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
    page.locator(f".e a[href='map.html#{c.legs[1].id}']").click()
    page.wait_for_selector(".leaflet-popup-content")
    assert "Vologda" in page.locator(".leaflet-popup-content").inner_text()


def _visible_labels(page):
    """Screen boxes of the town labels the page shows."""
    return page.evaluate("""Array.from(document.querySelectorAll('.chrono-town'))
        .filter(e => getComputedStyle(e.parentElement).visibility !== 'hidden' &&
                     getComputedStyle(e).visibility !== 'hidden')
        .map(e => { const r = e.getBoundingClientRect();
                    return {text: e.innerText, l: r.left, r: r.right, t: r.top, b: r.bottom}; })""")


def test_the_seed_map_names_its_stops_without_overlaps_and_more_as_you_zoom_in(tmp_path, seed_text, seed_cast,
                                                                            browser):
    c, url = _page(tmp_path, seed_text, cast=seed_cast)
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    requests = []
    page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    page.goto(url)
    page.wait_for_selector(".chrono-town")
    shown = _visible_labels(page)
    names = {s["text"].split(" ·")[0] for s in shown}
    assert {"Saint Petersburg", "Kraków", "Moscow", "Tomsk"} <= names
    for i, a in enumerate(shown):
        for b in shown[i + 1:]:
            assert a["r"] <= b["l"] or b["r"] <= a["l"] or a["b"] <= b["t"] or b["b"] <= a["t"], (a, b)
    page.evaluate("""(() => { for (const k in window) { const v = window[k];
        if (v && v instanceof L.Map) { v.setView([59.9, 30.3], 8, {animate: false}); } } })()""")
    page.wait_for_timeout(100)
    closer = {s["text"].split(" ·")[0] for s in _visible_labels(page)}
    assert "Levashovo Station" in closer and "Levashovo Station" not in names
    assert requests == []
    page.close()


def test_a_click_on_a_time_axis_bar_opens_that_legs_popup_on_the_map(tmp_path, page):
    c, url = _page(tmp_path, TRIP, subject="Ivan")
    page.goto((tmp_path / "timeline.html").as_uri())
    leg = c.legs[1]
    page.locator(f"#bar-{leg.id} rect").first.click()
    page.wait_for_selector(".leaflet-popup-content")
    assert page.url.endswith(f"map.html#{leg.id}")
    assert f"{leg.from_.name} → {leg.to.name}" in page.locator(".leaflet-popup-content").inner_text()
    page.locator(".leaflet-popup-content a.chrono-back").click()      # and back to the axis
    page.wait_for_selector(f"#bar-{leg.id}.focus")


def test_the_review_page_writes_corrections_that_build_applies(tmp_path, page):
    from chronology.corrections import load_corrections
    from chronology.export import write_all
    c, url = _page(tmp_path, TRIP, subject="Ivan")
    first, second, third = c.legs
    page.goto((tmp_path / "timeline.html").as_uri())
    page.locator(f"#{first.id} .rvd summary").click()
    page.locator(f".rv[data-leg='{first.id}'] input[name=drop]").check()
    page.locator(f"#{second.id} .rvd summary").click()
    page.locator(f".rv[data-leg='{second.id}'] select[name=mode]").select_option("cart")
    page.locator(f".rv[data-leg='{second.id}'] input[name=depart]").fill("3 May 1911")
    page.locator(f"#{third.id} .rvd summary").click()
    page.locator(f".rv[data-leg='{third.id}'] input[name=to]").fill("Tver")
    page.locator("#places .rvd summary, h2#places + details summary").first.click()
    mention = page.locator("tr[data-mention='Vologda'] input[name=place]")
    mention.fill("Moscow")         # a place the page knows comes with its coordinates
    fix = json.loads(page.locator("#rv-json").text_content())["corrections"][-1]
    assert fix["mention"] == "Vologda" and fix["place"]["name"] == "Moscow" and fix["place"]["lat"] > 55
    mention.fill("")               # (moving a mention renumbers the legs: kept out of this round trip)
    with page.expect_download() as dl:
        page.locator("#rv-download").click()
    fixes = tmp_path / "corrections.json"
    dl.value.save_as(fixes)
    again = chronology.build(TRIP, subject="Ivan", corrections=load_corrections(fixes))
    assert first.id not in [l.id for l in again.legs]
    moved = {l.id: l for l in again.legs}
    assert moved[second.id].mode == "cart" and moved[second.id].depart == "1911-05-03"
    assert moved[third.id].to.name == "Tver" and moved[third.id].to.lat is not None
    out = tmp_path / "again"
    out.mkdir()
    write_all(again, out, text=TRIP)
    page.goto((out / "timeline.html").as_uri())
    assert f"{first.id}: dropped" in page.locator("#applied").inner_text()


def test_hostile_text_stays_inert_in_the_new_panels(tmp_path, page):
    from chronology.export import write_all
    c = chronology.build(HOSTILE, subject="Ivan")
    evil = '<img src=x onerror="window.__pwned=4"></textarea></script><script>window.__pwned=5</script>'
    leg = c.legs[-1]
    leg.to = leg.to.model_copy(update={"name": evil, "lat": None, "lon": None})   # unlocated: the side panel
    c.legs[0].to = c.legs[0].to.model_copy(update={"name": evil + " `${window.__pwned=6}`"})
    c.corrections_applied = [evil]
    write_all(c, tmp_path, text=HOSTILE)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((tmp_path / "map.html").as_uri())
    page.wait_for_selector("#chrono-unlocated")
    assert "<img" in page.locator("#chrono-unlocated").inner_text()
    assert "<img" in " ".join(page.locator(".chrono-town").all_inner_texts())
    page.goto((tmp_path / "timeline.html").as_uri())
    page.locator(".rvd summary").first.click()
    page.locator("h2#places + details summary").click()
    with page.expect_download() as dl:
        page.locator("#rv-download").click()
    assert "<img" in page.locator("#applied").inner_text()
    assert "</textarea>" in page.locator(".axis-lanes").inner_text() or page.locator("#axis svg a").count()
    assert page.evaluate("window.__pwned === undefined")
    assert errors == []
