# What -m sets up for the module it runs.
import sys

from . import helper

print(__name__, __package__, helper.__name__)
print(sys.argv[0].endswith("/sessions/cli_package/__main__.py"), sys.argv[1:], __file__ == sys.argv[0])
print(sys.path[0].endswith("/sessions"), sys.path[0].startswith("/"))
