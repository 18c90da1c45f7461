"""Moved to sovereign/detect/accel/dedup.py; this name stays until prefilter.py imports it
from there."""

from sovereign.detect.accel.dedup import remove_duplicates

__all__ = ["remove_duplicates"]
