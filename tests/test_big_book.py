"""A whole e-book as downloaded: the licence wrapper never dates the story, and cost grows with length only.

The book here is made up for the test (wording of our own, in the shape of a Project Gutenberg file:
header with release notes, start marker, story, end marker, licence footer), so it needs no network.
"""
import re

import pytest

import chronology
from chronology import nlp

HEADER = """The Project Gutenberg eBook of A Fortnight Abroad, by Edmund Harwood\r
\r
This electronic book may be read, shared and reused by anyone, almost anywhere,\r
free of charge. Before you pass it on, read the licence printed at its end, or the\r
one on the Project Gutenberg site; outside the United States, check the laws of\r
your own country first.\r
\r
Title: A Fortnight Abroad\r
\r
Author: Edmund Harwood\r
\r
Release Date: March 14, 2016 [eBook #99001]\r
Most recently updated: September 3, 2021\r
\r
Language: English\r
\r
Produced by volunteers of the Online Distributed Proofreading Team in 2015.\r
\r
*** START OF THE PROJECT GUTENBERG EBOOK A FORTNIGHT ABROAD ***\r
\r
\r
"""

STORY = """A FORTNIGHT ABROAD\r
\r
CHAPTER I\r
\r
On the 1st of July, 1872, Mr. Arthur Penrose left London by the morning train for Dover,\r
and crossed the same afternoon to Calais. He reached Paris that evening and put up at an\r
hotel near the Louvre.\r
\r
He stayed in Paris three days. On the 5th of July he took the night express to Geneva,\r
where he arrived the next morning, tired but pleased with the lake.\r
\r
CHAPTER II\r
\r
On the 9th of July Penrose left Geneva and travelled by diligence and rail to Turin. From\r
Turin he went on to Milan on the 12th of July, and on the 15th he arrived in Venice.\r
\r
Penrose sailed from Venice on the 20th of July, 1872, and landed at Trieste the next day.\r
He returned to London by way of Vienna and Paris, and was home again on the 30th of July.\r
"""

FOOTER = """\r
*** END OF THE PROJECT GUTENBERG EBOOK A FORTNIGHT ABROAD ***\r
\r
Updated editions replace the earlier ones; the old files were renamed in 2019.\r
\r
The Project Gutenberg Literary Archive Foundation was set up in 2001 and moved its\r
office to Salt Lake City on 12 May 2008. Volunteers travelled to Chicago on 4 June 2010\r
to copy old books, and the trademark licence was revised on 1 January 2020.\r
\r
You may copy and share this file under the terms of the licence above; you may not\r
charge for it beyond a reasonable fee, nor use the trademark without permission.\r
"""

BOOK = HEADER + STORY + FOOTER
STORY_START = len(HEADER)
STORY_END = len(HEADER) + len(STORY)
YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


@pytest.fixture(scope="module")
def book(gazetteer):
    return chronology.build(BOOK, subject="Arthur Penrose", gazetteer=gazetteer)


def _years(*values):
    return {int(y) for v in values if v for y in YEAR.findall(v)}


def test_the_story_of_an_ebook_gives_legs(book):
    assert len(book.legs) >= 4


def test_every_leg_of_an_ebook_falls_in_the_storys_year(book):
    for leg in book.legs:
        assert _years(leg.depart, leg.arrive) <= {1872}, (leg.id, leg.depart, leg.arrive)


def test_every_leg_of_an_ebook_has_its_evidence_in_the_story(book):
    for leg in book.legs:
        assert STORY_START <= leg.evidence.start < STORY_END, (leg.id, leg.evidence.text)


def test_no_date_of_the_licence_header_or_footer_is_reported(book):
    outside = [(d.text, d.start) for d in book.dates if not STORY_START <= d.start < STORY_END]
    assert outside == []


def test_no_release_or_licence_year_dates_anything(book):
    values = [d.value for d in book.dates] + [v for l in book.legs for v in (l.depart, l.arrive)]
    assert _years(*values) <= {1872}


# ---------------------------------------------------------------- cost grows with length only

PARAGRAPH = ("On the 3rd of May, 1872, Mr. Arthur Penrose left Paris by the night train for Lyon, and the "
             "next morning he went on to Marseille, where he stayed two days before he sailed for Genoa.")


@pytest.fixture
def parses(monkeypatch):
    """Every chronology.nlp.Parse made while the test runs, to count the paragraphs spaCy parsed."""
    made = []
    init = nlp.Parse.__init__

    def recording_init(self, *args, **kw):
        init(self, *args, **kw)
        made.append(self)
    monkeypatch.setattr(nlp.Parse, "__init__", recording_init)
    return made


def _paragraphs_parsed(parses, copies, gazetteer):
    parses.clear()
    chronology.build("\n\n".join([PARAGRAPH] * copies), subject="Arthur Penrose", gazetteer=gazetteer)
    assert parses, "the build made no Parse"
    return sum(len(p._docs) for p in parses)


def test_paragraphs_parsed_grow_in_proportion_to_the_text(parses, gazetteer):
    small = _paragraphs_parsed(parses, 6, gazetteer)
    large = _paragraphs_parsed(parses, 24, gazetteer)
    assert small >= 6
    assert large == 4 * small


def test_no_paragraph_is_parsed_twice(parses, gazetteer):
    _paragraphs_parsed(parses, 6, gazetteer)
    assert sum(len(p._docs) for p in parses) <= len(nlp.paragraphs("\n\n".join([PARAGRAPH] * 6)))


def test_a_file_with_crlf_line_ends_has_the_paragraphs_of_the_same_file_with_lf():
    # e-books as downloaded from Project Gutenberg end their lines with CRLF
    text = "\n\n".join([PARAGRAPH] * 3)
    assert len(nlp.paragraphs(text.replace("\n", "\r\n"))) == len(nlp.paragraphs(text)) == 3
