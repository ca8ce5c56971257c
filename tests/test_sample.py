"""The bundled sample narrative (data/sample/) gives the journey it tells."""
import chronology
from chronology.cli import SAMPLE, SAMPLE_CAST
from chronology.people import load_cast


def test_the_sample_journey_is_told_stop_for_stop():
    chron = chronology.build(SAMPLE.read_text(encoding="utf-8"), cast=load_cast(SAMPLE_CAST))
    stops = [chron.legs[0].from_.name] + [leg.to.name for leg in chron.legs]
    assert stops[:7] == ["Zurich", "Gottmadingen", "Sassnitz", "Trelleborg", "Stockholm", "Haparanda", "Tornio"]
    assert "Finland Station" in stops[-1]


def test_each_sample_leg_quotes_the_sentence_that_tells_it():
    chron = chronology.build(SAMPLE.read_text(encoding="utf-8"), cast=load_cast(SAMPLE_CAST))
    for leg in chron.legs:
        assert leg.to.name.split()[0] in leg.evidence.text, leg.id
