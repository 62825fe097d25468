# Compile-time error: a future statement after other code.
import sys
from __future__ import annotations

print("this line never runs")
