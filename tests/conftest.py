import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seed" / "000_b035ca80e4c1b7cb.txt"


@pytest.fixture(scope="session")
def gazetteer():
    from gazetteer import Gazetteer
    return Gazetteer()


@pytest.fixture(scope="session")
def seed_cast():
    from chronology.people import load_cast
    return load_cast(SHARED / "gold" / "seed_cast.json")


@pytest.fixture(scope="session")
def seed_text():
    if not SEED.exists():
        pytest.skip("../shared/seed is not here")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def score():
    """The project's scorer, ../shared/eval/score.py, imported to score outputs in process."""
    if not (SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval is not here")
    sys.path.insert(0, str(SHARED / "eval"))
    import score as scorer
    return scorer
