# argparse: a command-line tool's options, parsed from fixed argument lists.
import argparse
import os

os.environ["COLUMNS"] = "80"  # the help text wraps to the terminal width
import contextlib
import io

parser = argparse.ArgumentParser(prog="resize", description="Resize images to a given width.")
parser.add_argument("files", nargs="+", help="images to resize")
parser.add_argument("-w", "--width", type=int, default=800, help="target width (default: %(default)s)")
parser.add_argument("-q", "--quality", choices=["low", "high"], default="high")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true")

print(parser.parse_args(["a.png", "b.png", "-w", "640", "-vv"]))
args = parser.parse_args(["--dry-run", "c.jpg", "--quality", "low"])
print(args.files, args.width, args.quality, args.verbose, args.dry_run)
print(parser.format_usage(), end="")
print(parser.format_help())
for bad in (["-w", "wide", "a.png"], [], ["a.png", "--quality", "mid"], ["a.png", "--colour"]):
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        try:
            parser.parse_args(bad)
        except SystemExit as exit:
            print("exit", exit.code)
    print(errors.getvalue(), end="")
