"""chronology.json: the contract, dumped by alias ("from", not "from_")."""
from ..models import Chronology


def dumps(chron: Chronology) -> str:
    return chron.model_dump_json(by_alias=True, indent=1) + "\n"
