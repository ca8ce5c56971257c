"""The date and place analysis runs in a forked process while the language model loads."""
import sys

import pytest

from chronology import language_model
from chronology.model_overlap import beside_model_load

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the overlap forks (Linux only)")


@pytest.fixture
def no_model(tmp_path):
    """A model folder that does not exist: the parent's load fails at once, and quietly."""
    return str(tmp_path / "no-model")


def test_work_done_beside_the_model_load_comes_back_as_it_would_in_process(no_model):
    assert beside_model_load(lambda: {"dates": [1, 2], "places": ("Tiflis",)}, no_model) == \
        {"dates": [1, 2], "places": ("Tiflis",)}


def test_work_that_asks_for_the_model_is_left_to_the_caller(no_model):
    assert beside_model_load(lambda: language_model.load_model(no_model + "-too"), no_model) is None


def test_a_stage_that_goes_without_a_missing_model_cannot_hide_the_request(no_model):
    """timex reads tenses when the model is there and goes on without them when it is not: in the
    child the model is not missing, only not loaded there, so the work must come back to the caller."""
    def tenses_if_any():
        try:
            language_model.load_model(no_model + "-too")
        except Exception:
            return "no tenses"
        return "tenses"
    assert beside_model_load(tenses_if_any, no_model) is None


def test_work_that_fails_in_the_child_is_left_to_the_caller_to_raise(no_model):
    assert beside_model_load(lambda: 1 / 0, no_model) is None


def test_the_parent_still_loads_models_after_the_child_refused_one(no_model):
    beside_model_load(lambda: language_model.load_model(no_model + "-too"), no_model)
    assert language_model.on_load is None


def test_dates_and_places_found_beside_the_model_load_equal_those_found_in_process(gazetteer):
    from chronology.pipeline import analyse
    text = ("On 3 May 1850 Fremont left Denver for Boulder. Four days later he reached Golden City, "
            "and in June he was back in St. Louis.")
    _, dates, places = analyse(text, gazetteer=gazetteer)
    _, dates_o, places_o = analyse(text, gazetteer=gazetteer, overlap=True)
    assert [d.model_dump() for d in dates_o] == [d.model_dump() for d in dates]
    assert [p.model_dump() for p in places_o] == [p.model_dump() for p in places]
