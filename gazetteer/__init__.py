"""Historical gazetteer: curated places first, an offline GeoNames backbone, opt-in online geocoding."""
from .records import PlaceName, PlaceRecord
from .resolve import Gazetteer

__all__ = ["Gazetteer", "PlaceRecord", "PlaceName"]
