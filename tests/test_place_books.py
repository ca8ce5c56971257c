"""Places in two whole books nobody here wrote, against a hand-checked list (tests/data/book_place_checks.csv).

Verne, Around the World in Eighty Days, and Stevenson, Travels with a Donkey in the Cevennes (Project
Gutenberg). The books are not in the repository: the checks run when they lie in the cache directory
as `bench_book.txt` (Verne) and `donkey.txt` (Stevenson), and are skipped otherwise.

A row `at` holds when most mentions of the name resolve within 25 km of the point; `not elsewhere`
when none resolves farther (a hamlet the gazetteer lacks may stay unresolved); `none` when no mention
is placed (a river, a bank). Run as a script for the figure: python tests/test_place_books.py
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer import distance_km  # noqa: E402
from gazetteer.geonames import cache_dir  # noqa: E402

CHECKS = Path(__file__).parent / "data" / "book_place_checks.csv"
BOOKS = {"verne_80_days": ("bench_book.txt", None), "stevenson_donkey": ("donkey.txt", "1878-09")}
KM = 25.0
# hand-checked rows that hold today, per book (the figure may only rise)
AT_LEAST = {"verne_80_days": 34, "stevenson_donkey": 30}


def checks(book: str) -> list[dict]:
    with open(CHECKS, encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(fh) if r["book"] == book]


def holds(row: dict, mentions) -> bool:
    mine = [m for m in mentions if re.sub(r"\s+", " ", m.text) == row["name"]]
    placed = [m.place for m in mine if m.place is not None and m.place.lat is not None]
    if row["expect"] == "none":
        return not placed
    far = [p for p in placed if distance_km(p.lat, p.lon, float(row["lat"]), float(row["lon"])) > KM]
    if row["expect"] == "not elsewhere":
        return not far
    return bool(mine) and 2 * (len(placed) - len(far)) > len(mine)


def book_mentions(book: str):
    from chronology.pipeline import find_place_mentions
    name, anchor = BOOKS[book]
    path = cache_dir() / name
    if not path.exists():
        return None
    return find_place_mentions(path.read_text(encoding="utf-8"), anchor=anchor)


@pytest.mark.parametrize("book", sorted(BOOKS))
def test_hand_checked_places_of_a_whole_book_hold(book):
    mentions = book_mentions(book)
    if mentions is None:
        pytest.skip(f"{BOOKS[book][0]} is not in the cache directory")
    missed = [r["name"] for r in checks(book) if not holds(r, mentions)]
    assert len(checks(book)) - len(missed) >= AT_LEAST[book], f"missed: {missed}"


if __name__ == "__main__":
    for book in sorted(BOOKS):
        ms = book_mentions(book)
        if ms is None:
            print(f"{book}: not in the cache directory")
            continue
        rows = checks(book)
        missed = [r["name"] for r in rows if not holds(r, ms)]
        print(f"{book:18} {len(rows) - len(missed)} / {len(rows)}  missed: {', '.join(missed) or '-'}")
