"""Historical gazetteer: curated places first, an offline GeoNames backbone, opt-in online geocoding."""
from .records import PlaceName, PlaceRecord
from .resolve import Gazetteer, distance_km

__all__ = ["Gazetteer", "PlaceRecord", "PlaceName", "distance_km"]
