"""Old spellings and former names of c. 1750-1950 found by a bare lookup or, for a name several towns
bear, as `gazetteer lookup --near` ranks them after a town of the same text.

A check list written for this project from period maps and travel books (German names of Baltic,
Polish and Habsburg towns, English and French spellings of Russian, Turkish and Asian towns); not the
issue's held-out names. Modern points from GeoNames.
"""
import pytest

from gazetteer import distance_km
from gazetteer.route import rank_after

# (old name, modern lat, modern lon)
OLD_SPELLINGS = [
    ("Koenigsberg", 54.71, 20.51), ("Kieff", 50.45, 30.52), ("Moscou", 55.75, 37.62), ("Pernau", 58.39, 24.50),
    ("Libau", 56.51, 21.01), ("Windau", 57.39, 21.56), ("Memel", 55.71, 21.13), ("Tilsit", 55.08, 21.88),
    ("Insterburg", 54.63, 21.81), ("Allenstein", 53.78, 20.49), ("Thorn", 53.01, 18.60),
    ("Bromberg", 53.12, 18.01), ("Graudenz", 53.48, 18.75), ("Elbing", 54.16, 19.40), ("Kolberg", 54.18, 15.58),
    ("Stolp", 54.46, 17.03), ("Oppeln", 50.67, 17.93), ("Gleiwitz", 50.29, 18.67), ("Kattowitz", 50.26, 19.02),
    ("Beuthen", 50.35, 18.92), ("Liegnitz", 51.21, 16.16), ("Teschen", 49.75, 18.63), ("Tarnopol", 49.55, 25.59),
    ("Stanislau", 48.92, 24.71), ("Dünaburg", 55.87, 26.52), ("Dwinsk", 55.87, 26.52),
    ("Brest-Litovsk", 52.10, 23.69), ("Wilna", 54.69, 25.28), ("Kowno", 54.90, 23.90),
    ("Schaulen", 55.93, 23.31), ("Hapsal", 58.94, 23.54), ("Fellin", 58.36, 25.59),
    ("Weissenstein", 58.89, 25.56), ("Wiborg", 60.71, 28.75), ("Kexholm", 61.03, 30.12),
    ("Schlüsselburg", 59.94, 31.03), ("Tsarskoe Selo", 59.72, 30.40), ("Twer", 56.86, 35.90),
    ("Jaroslaw", 57.63, 39.87), ("Nijni Novgorod", 56.33, 44.00), ("Kasan", 55.79, 49.12),
    ("Saratoff", 51.53, 46.03), ("Tzaritzin", 48.71, 44.51), ("Krasnoiarsk", 56.01, 92.87),
    ("Irkoutsk", 52.29, 104.30), ("Tchita", 52.03, 113.50), ("Blagovestchensk", 50.27, 127.53),
    ("Khabarovka", 48.48, 135.08), ("Vladivostock", 43.12, 131.89), ("Nikolaievsk", 53.14, 140.73),
    ("Kharkoff", 49.99, 36.23), ("Ekaterinoslaff", 48.46, 35.05), ("Elisabethgrad", 48.51, 32.26),
    ("Nikolaieff", 46.97, 32.00), ("Sebastopol", 44.62, 33.53), ("Theodosia", 45.03, 35.38),
    ("Kertch", 45.36, 36.47), ("Rostoff", 47.23, 39.72), ("Novotcherkask", 47.42, 40.09),
    ("Vladikavkas", 43.04, 44.68), ("Petrovsk", 42.98, 47.50), ("Bakou", 40.41, 49.87),
    ("Elisabethpol", 40.68, 46.36), ("Shemakha", 40.63, 48.64), ("Alexandropol", 40.79, 43.85),
    ("Erzeroum", 39.91, 41.28), ("Trebizonde", 41.00, 39.72), ("Samsoun", 41.29, 36.33),
    ("Angora", 39.93, 32.86), ("Broussa", 40.19, 29.06), ("Scutari", 41.02, 29.02), ("Salonika", 40.64, 22.94),
    ("Uskub", 42.00, 21.43), ("Philippopolis", 42.15, 24.75), ("Rustchuk", 43.85, 25.95),
    ("Widdin", 43.99, 22.87), ("Jassy", 47.16, 27.59), ("Galatz", 45.44, 28.05), ("Kishineff", 47.01, 28.86),
    ("Hermannstadt", 45.79, 24.15), ("Klausenburg", 46.77, 23.59), ("Temesvar", 45.75, 21.23),
    ("Grosswardein", 47.07, 21.93), ("Kaschau", 48.72, 21.26), ("Oedenburg", 47.68, 16.59),
    ("Fiume", 45.33, 14.44), ("Marburg", 46.55, 15.65), ("Cilli", 46.23, 15.26), ("Trient", 46.07, 11.12),
    ("Botzen", 46.50, 11.35), ("Meran", 46.67, 11.16), ("Brixen", 46.72, 11.66), ("Görz", 45.94, 13.62),
    ("Pola", 44.87, 13.85), ("Spalato", 43.51, 16.44), ("Cattaro", 42.42, 18.77), ("Durazzo", 41.32, 19.45),
    ("Valona", 40.47, 19.49), ("Janina", 39.67, 20.85), ("Candia", 35.34, 25.13), ("Canea", 35.51, 24.02),
    ("Leghorn", 43.55, 10.31), ("Mayence", 50.00, 8.27), ("Treves", 49.75, 6.64),
    ("Aix-la-Chapelle", 50.78, 6.08), ("Ratisbon", 49.01, 12.10), ("Brunswick", 52.27, 10.52),
    ("Hanover", 52.37, 9.73), ("Cologne", 50.94, 6.96), ("Coblentz", 50.36, 7.59), ("Strasburg", 48.58, 7.75),
    ("Mülhausen", 47.75, 7.34), ("Batavia", -6.21, 106.85), ("Pekin", 39.90, 116.40),
    ("Tientsin", 39.14, 117.18), ("Kharbin", 45.75, 126.65), ("Chemulpo", 37.46, 126.70),
    ("Yedo", 35.69, 139.69), ("Bombay", 19.08, 72.88), ("Madras", 13.08, 80.27), ("Calcutta", 22.57, 88.36),
    ("Cawnpore", 26.45, 80.33), ("Poona", 18.52, 73.86), ("Benares", 25.32, 83.01), ("Simla", 31.10, 77.17),
    ("Rangoon", 16.87, 96.20), ("Meshed", 36.30, 59.60), ("Bokhara", 39.77, 64.42), ("Tashkend", 41.30, 69.24),
    ("Kuldja", 43.91, 81.33), ("Urga", 47.92, 106.92),
]

# (name several towns bear, a town named beside it, the modern lat and lon of the one meant)
AMBIGUOUS = [
    ("Monastir", "Salonica", 41.03, 21.33), ("Kronstadt", "Hermannstadt", 45.65, 25.61),
    ("Kronstadt", "Oranienbaum", 59.99, 29.77), ("Zara", "Spalato", 44.12, 15.23),
    ("Ragusa", "Cattaro", 42.65, 18.09), ("Wesenberg", "Reval", 59.35, 26.36),
    ("Arensburg", "Pernau", 58.25, 22.48), ("Kiakhta", "Irkutsk", 50.36, 106.45),
]


def test_the_check_list_is_long_enough_to_measure():
    assert len(OLD_SPELLINGS) >= 100


@pytest.mark.parametrize("name, lat, lon", OLD_SPELLINGS)
def test_an_old_spelling_finds_the_town_first(gazetteer, name, lat, lon):
    top = gazetteer.resolve(name)[0].record
    assert distance_km(lat, lon, top.lat, top.lon) <= 25


@pytest.mark.parametrize("name, beside, lat, lon", AMBIGUOUS)
def test_a_name_several_towns_bear_is_the_one_near_its_neighbour(gazetteer, name, beside, lat, lon):
    anchor = gazetteer.resolve(beside)[0].record
    top = rank_after(gazetteer.resolve(name, near=[(anchor.lat, anchor.lon)]), anchor)[0].record
    assert distance_km(lat, lon, top.lat, top.lon) <= 25


def test_a_short_name_a_letter_off_is_guessed_only_beside_the_texts_places(gazetteer):
    # 'Bamff' (Johnson, 1775) is Banff 65 km from Aberdeen; with no place of the text near, nothing is guessed
    near_aberdeen = [(57.15, -2.10)]
    assert [c.record.name for c in gazetteer.resolve("Bamff", near=near_aberdeen)][:1] == ["Banff"]
    assert gazetteer.resolve("Bamff") == []
