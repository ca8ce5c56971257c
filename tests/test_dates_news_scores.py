"""news-dev (256 TempEval-3 documents, ../shared/news-dev/) pooled, scored in process by
../shared/eval/score.py with each document's date as --anchor: the level reached, which issue 11's bars
ask for (extent F1 >= 0.92, value F1 >= 0.82, ahead of HeidelTime's 0.920 / 0.798 measured here)."""
import contextlib
import io
import json
from pathlib import Path

import pytest

from chronology import timex
from chronology.text import Doc

NEWS = Path(__file__).resolve().parents[2] / "shared" / "news-dev"


def test_news_dev_dates_keep_the_level_reached(score, tmp_path):
    if not (NEWS / "index.json").exists():
        pytest.skip("../shared/news-dev is not here")
    gold, pred, offset = [], [], 0
    for d in json.loads((NEWS / "index.json").read_text(encoding="utf-8")):
        text = open(NEWS / d["txt"], encoding="utf-8", newline="").read()
        for line in open(NEWS / d["gold"], encoding="utf-8"):
            if line.strip():
                g = json.loads(line)
                gold.append({**g, "start": g["start"] + offset, "end": g["end"] + offset})
        for t in timex.tag(Doc(text), anchor=d["dct"]):     # the date layer alone: news is Gregorian
            pred.append({**t.model_dump(), "start": t.start + offset, "end": t.end + offset})
        offset += len(text) + 1      # one pooled text: documents never share a span
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (tmp_path / "pred.json").write_text(json.dumps(pred), encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        r = score.score_dates(tmp_path / "gold.jsonl", tmp_path / "pred.json")
    assert r["extent_f1"] >= 0.92 and r["value_f1"] >= 0.82
