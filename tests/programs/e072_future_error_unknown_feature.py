"""Compile-time error: a future feature that does not exist."""
from __future__ import annotations, teleportation

print("this line never runs")
