"""`chronology dates`: TimeML output, the register switch and the document date, as the CLI shows them."""
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from chronology.cli import cli

NEWS = "On Friday the company said it would cut jobs by 6 July 1999."


@pytest.fixture
def run():
    def go(*args, input=None):
        return CliRunner().invoke(cli, [str(a) for a in args], input=input)
    return go


def test_timeml_output_is_xml_with_the_anchor_as_creation_time(run):
    r = run("dates", "-", "--format", "timeml", "--anchor", "1998-02-13", input=NEWS)
    assert r.exit_code == 0
    root = ET.fromstring(r.output)
    dct = root.find("DCT/TIMEX3")
    assert dct.get("value") == "1998-02-13" and dct.get("functionInDocument") == "CREATION_TIME"


def test_timeml_tags_each_expression_inline_in_the_text(run):
    r = run("dates", "-", "--format", "timeml", "--anchor", "1998-02-13", "--register", "news", input=NEWS)
    timexes = {t.text: t.get("value") for t in ET.fromstring(r.output).find("TEXT")}
    assert timexes == {"Friday": "1998-02-13", "6 July 1999": "1999-07-06"}


def test_timeml_text_keeps_the_document_unchanged(run):
    r = run("dates", "-", "--format", "timeml", "--anchor", "1998-02-13", input=NEWS)
    assert "".join(ET.fromstring(r.output).find("TEXT").itertext()).strip() == NEWS


def test_timeml_written_with_out_option(run, tmp_path):
    out = tmp_path / "news.tml"
    r = run("dates", "-", "--format", "timeml", "--anchor", "1998-02-13", "-o", out, input=NEWS)
    assert r.exit_code == 0 and ET.parse(out).getroot().tag == "TimeML"


def test_unknown_register_is_misuse_naming_the_accepted_ones(run):
    r = run("dates", "-", "--register", "poetry", input=NEWS)
    assert r.exit_code == 2
    assert "'poetry' is not one of" in r.output and "narrative" in r.output and "letters" in r.output


def test_malformed_anchor_is_one_line_naming_the_accepted_forms(run):
    r = run("dates", "-", "--anchor", "sometime", input=NEWS)
    assert r.exit_code == 1
    assert len(r.output.strip().splitlines()) == 1 and "1911-06-15" in r.output
