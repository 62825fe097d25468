# Run with -m as a module of a package (cli_run_submodule session).
import sys
print(__name__, __package__, sys.argv[1:])
