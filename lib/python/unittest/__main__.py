"""python -m unittest: discovery, or the tests named on the command line."""

import sys

# Run as `-m unittest` (from a file, or frozen into pyvm): usage messages
# name the command the user typed.
if sys.argv[0].endswith("__main__.py") or sys.argv[0].startswith("<frozen "):
    sys.argv[0] = sys.executable.rpartition("/")[2] + " -m unittest"

__unittest = True

from .main import main

main(module=None)
