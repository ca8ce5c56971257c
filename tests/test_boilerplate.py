"""What of an e-book is not the story: the licence around it, the title page's imprint."""
from chronology.boilerplate import mask

BOOK = ("*** START OF THE PROJECT GUTENBERG EBOOK TRAVELS ***\r\n\r\nTravels in the Hills\r\nby A. Writer\r\n\r\n"
        "A New Impression with a Frontispiece\r\nLondon: Chatto & Windus, 1907\r\n\r\n"
        "On 22 September 1878 I left Le Puy.\r\n*** END OF THE PROJECT GUTENBERG EBOOK TRAVELS ***\r\n")


def test_a_title_page_imprint_year_is_blanked_with_offsets_kept():
    out = mask(BOOK)
    assert len(out) == len(BOOK) and "1907" not in out and "Chatto" not in out


def test_the_story_after_a_title_page_is_kept():
    assert "On 22 September 1878 I left Le Puy." in mask(BOOK)


def test_an_edition_line_is_blanked():
    assert "Impression" not in mask(BOOK)
