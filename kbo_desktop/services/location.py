"""Latitude and longitude as officers type them or paste them from a map app."""

from __future__ import annotations

import re

from kbo_desktop.domain.errors import ValidationError

_COORD = re.compile(r"([-+]?\d+(?:\.\d+)?)\s*°?\s*([NSEWnsew]?)")


def parse_lat_lon(text: str) -> tuple[float | None, float | None]:
    """Read a location typed or pasted from a map: ``17.48, 101.72``,
    ``17.48 101.72`` or ``17.48°N 101.72°E``. Empty text means no location.

    Raises:
        ValidationError: not two numbers, or outside the globe.
    """
    if not text.strip():
        return None, None
    found = _COORD.findall(text.replace("，", ","))
    if len(found) != 2:
        raise ValidationError(
            "พิกัดต้องเป็นตัวเลขสองค่า เช่น 17.48, 101.72",
            "location must be two numbers, e.g. 17.48, 101.72",
            field="lat",
        )
    values = []
    for number, hemisphere in found:
        value = float(number)
        values.append(-abs(value) if hemisphere.upper() in ("S", "W") else value)
    lat, lon = values
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValidationError("พิกัดอยู่นอกช่วงที่เป็นไปได้", "location is out of range", field="lat")
    return lat, lon


def format_lat_lon(lat: float | None, lon: float | None) -> str:
    return "" if lat is None or lon is None else f"{lat:.6g}, {lon:.6g}"
