"""The forked map worker: warmed up with the story's dates while the moves are read, same map."""
import re
import sys

import pytest

import chronology
from chronology.export import map_worker

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the worker forks (Linux only)")

TEXT = "On 2 May 1911 Ivan left Tver. On 9 May 1911 he reached Vologda, and in June 1911 he went on to Archangel."


def _same_ids(html: str) -> str:
    return re.sub(r"_[0-9a-f]{32}", "_ID", html)     # folium names its elements at random


@pytest.fixture(scope="module")
def chron():
    return chronology.build(TEXT, subject="Ivan")


def test_a_worker_warmed_up_with_the_dates_draws_the_same_map(chron):
    cold = map_worker.MapWorker()
    warm = map_worker.MapWorker()
    warm.warm_up(chron.dates)
    assert _same_ids(warm.render(chron)) == _same_ids(cold.render(chron))


def test_a_warm_up_too_big_for_the_pipe_is_not_sent(chron, monkeypatch):
    monkeypatch.setattr(map_worker, "_PIPE_ROOM", 10)
    sent = []
    monkeypatch.setattr(map_worker, "_write_all", lambda fd, data: sent.append(data))
    worker = map_worker.MapWorker()
    worker.warm_up(chron.dates)
    worker.cancel()
    assert sent == []
