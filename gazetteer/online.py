"""Opt-in online geocoding through geopy (Nominatim), cached on disk and polite.

Off by default: it runs only when a user asks for it (`--geocode nominatim`).
One request a second, a custom user agent, a timeout, and a JSON cache so a
name is asked for once.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Optional

from chronology.errors import GazetteerError

from .geonames import cache_dir
from .records import PlaceRecord

USER_AGENT = "chronology/0.1 (historical itinerary extraction; offline-first)"


class OnlineGeocoder:
    def __init__(self, service: str = "nominatim", *, cache: Optional[Path] = None,
                 geocode: Optional[Callable] = None, min_delay_seconds: float = 1.0, timeout: float = 10,
                 error_wait_seconds: float = 5.0):
        self.cache_path = cache or cache_dir() / f"{service}-cache.json"
        self._cache: Optional[dict] = None
        self._geocode = geocode
        self.service, self.min_delay, self.timeout = service, min_delay_seconds, timeout
        self.error_wait = error_wait_seconds

    def _fn(self):
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import get_geocoder_for_service
            geocoder = get_geocoder_for_service(self.service)(user_agent=USER_AGENT, timeout=self.timeout)
            # swallow_exceptions=False: an outage must not look like "not found"
            self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=self.min_delay,
                                        swallow_exceptions=False, max_retries=1,
                                        error_wait_seconds=max(self.error_wait, self.min_delay))
        return self._geocode

    def _load(self) -> dict:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._cache = {}
        return self._cache

    def lookup(self, name: str) -> Optional[PlaceRecord]:
        cache = self._load()
        if name not in cache:
            from geopy.exc import GeopyError
            try:
                loc = self._fn()(name)
            except GeopyError as e:
                raise GazetteerError(f"online geocoding of {name!r} failed ({type(e).__name__}); "
                                     "check the network or drop --geocode") from None
            cache[name] = None if loc is None else {"lat": loc.latitude, "lon": loc.longitude,
                                                     "address": getattr(loc, "address", name)}
            self.cache_path.parent.mkdir(parents=True, exist_ok=True)
            self.cache_path.write_text(json.dumps(cache, ensure_ascii=False, indent=0), encoding="utf-8")
        hit = cache[name]
        if hit is None:
            return None
        return PlaceRecord(id=f"{self.service}:{name}", name=name, type="city", lat=hit["lat"], lon=hit["lon"],
                           source="online", citation=f"{self.service}: {hit.get('address')}")
