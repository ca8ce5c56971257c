"""The opt-in online geocoder, with geopy's Nominatim replaced by a fake service (no network)."""
import time
from types import SimpleNamespace

import pytest

from chronology.errors import GazetteerError
from gazetteer.online import USER_AGENT, OnlineGeocoder


class FakeService:
    made = []

    def __init__(self, user_agent=None, timeout=None):
        self.user_agent, self.timeout, self.calls = user_agent, timeout, []
        FakeService.made.append(self)

    def geocode(self, query):
        self.calls.append((query, time.monotonic()))
        if query == "Nowhere":
            return None
        if query == "Outage":
            from geopy.exc import GeocoderUnavailable
            raise GeocoderUnavailable("service down")
        return SimpleNamespace(latitude=58.38, longitude=33.91, address=f"{query}, Novgorod Oblast")


@pytest.fixture
def fake(monkeypatch, tmp_path):
    FakeService.made = []
    import geopy.geocoders
    monkeypatch.setattr(geopy.geocoders, "get_geocoder_for_service", lambda name: FakeService)
    return OnlineGeocoder("nominatim", cache=tmp_path / "cache.json", min_delay_seconds=0.2,
                         error_wait_seconds=0.01)


def test_online_results_are_marked_with_their_source(fake):
    rec = fake.lookup("Borovichi")
    assert rec.source == "online" and rec.lat == 58.38 and "Novgorod" in rec.citation


def test_the_service_gets_a_custom_user_agent_and_a_timeout(fake):
    fake.lookup("Borovichi")
    assert FakeService.made[0].user_agent == USER_AGENT and FakeService.made[0].timeout


def test_a_name_is_asked_for_once_then_read_from_the_disk_cache(fake, tmp_path):
    fake.lookup("Borovichi")
    fake.lookup("Borovichi")
    again = OnlineGeocoder("nominatim", cache=tmp_path / "cache.json")
    assert again.lookup("Borovichi").lat == 58.38
    assert len(FakeService.made[0].calls) == 1


def test_requests_are_spaced_by_the_minimum_delay(fake):
    fake.lookup("Borovichi")
    fake.lookup("Valdai")
    (_, t1), (_, t2) = FakeService.made[0].calls
    assert t2 - t1 >= 0.19


def test_not_found_is_cached_as_not_found(fake):
    assert fake.lookup("Nowhere") is None
    assert fake.lookup("Nowhere") is None
    assert len(FakeService.made[0].calls) == 1


def test_an_outage_is_an_error_not_a_miss(fake):
    with pytest.raises(GazetteerError, match="check the network"):
        fake.lookup("Outage")
