"""Other-language and former names (data/exonyms.csv) joined to the GeoNames index: an old text's German,
Polish, Hungarian or Italian name finds today's town."""
import math

import pytest

from gazetteer import exonyms


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def test_a_name_joins_the_town_of_its_modern_name_nearest_the_rows_point():
    table = [{"name": "Lissa", "modern": "Leszno", "lat": "51.84", "lon": "16.57"}]
    ids = {"leszno": [1, 2]}
    point = {1: (51.85, 16.58), 2: (52.26, 20.31)}     # Leszno in Greater Poland; a village near Warsaw
    found, missing = exonyms.attach(table, ids, point)
    assert found == [("Lissa", 1)] and missing == []


def test_a_row_whose_town_is_not_near_its_point_joins_nothing():
    table = [{"name": "Lissa", "modern": "Leszno", "lat": "51.84", "lon": "16.57"}]
    found, missing = exonyms.attach(table, {"leszno": [2]}, {2: (52.26, 20.31)})
    assert found == [] and [r["name"] for r in missing] == ["Lissa"]


@pytest.mark.parametrize("old, lat, lon", [
    ("Breslau", 51.11, 17.03), ("Laibach", 46.05, 14.51), ("Dorpat", 58.38, 26.72), ("Pressburg", 48.15, 17.11),
    ("Lemberg", 49.84, 24.03), ("Klausenburg", 46.77, 23.60), ("Allenstein", 53.78, 20.49)])
def test_an_old_name_of_the_table_finds_todays_town_first(gazetteer, old, lat, lon):
    best = gazetteer.resolve(old)[0].record
    assert km(best.lat, best.lon, lat, lon) < 25


def test_the_index_is_rebuilt_when_the_table_changes(tmp_path):
    table = tmp_path / "exonyms.csv"
    table.write_text("name,language,modern,country,lat,lon,from,to,source\nLissa,de,Leszno,PL,51.84,16.57,,,x\n",
                     encoding="utf-8")
    before = exonyms.stamp(table)
    table.write_text(table.read_text(encoding="utf-8") + "Posen,de,Poznań,PL,52.41,16.93,,,x\n", encoding="utf-8")
    assert exonyms.stamp(table) != before


def test_a_short_name_the_exonyms_table_gives_a_town_is_not_doubted(gazetteer):
    # Raab is Győr's German name on purpose: beside Vienna it beats the Austrian village of that name
    ranked = gazetteer.resolve("Raab", near=[(48.21, 16.37)])
    assert ranked[0].record.name == "Győr" and not ranked[0].doubted
