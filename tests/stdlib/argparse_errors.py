# argparse: error messages, exit statuses, and the exceptions behind them.
import argparse
import contextlib
import io
import re


def parse(parser, args):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
        print(args, "->", result)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        print(err.getvalue(), end="")


p = argparse.ArgumentParser(prog="prog")
p.add_argument("x")
p.add_argument("y", type=int)
p.add_argument("-n", type=int)
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--level", type=int, choices=[1, 2])
p.add_argument("--two", nargs=2)
p.add_argument("--plus", nargs="+")
p.add_argument("--opt", nargs="?")
p.add_argument("--flag", action="store_true")
p.add_argument("--ratio", type=float)
parse(p, [])
parse(p, ["a"])
parse(p, ["a", "b"])
parse(p, ["a", "1", "-n", "x"])
parse(p, ["a", "1", "--mode", "z"])
parse(p, ["a", "1", "--level", "3"])
parse(p, ["a", "1", "--level", "x"])
parse(p, ["a", "1", "-n"])
parse(p, ["a", "1", "--two", "q"])
parse(p, ["a", "1", "--plus"])
parse(p, ["a", "1", "--opt", "1", "2"])
parse(p, ["a", "1", "--flag=yes"])
parse(p, ["a", "1", "--ratio", "abc"])
parse(p, ["a", "1", "extra", "--unknown", "-u"])
parse(p, ["a", "1", "--fla"])
parse(p, ["a", "1", "--", "--x"])
parse(p, ["-n", "-1", "a", "1"])

# Ambiguous abbreviations.
p = argparse.ArgumentParser(prog="amb")
p.add_argument("--foobar")
p.add_argument("--foonly")
parse(p, ["--foo", "1"])
parse(p, ["--foob", "1"])

# Mutually exclusive groups.
p = argparse.ArgumentParser(prog="mx")
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true")
g.add_argument("--b", action="store_true")
g.add_argument("--c", help=argparse.SUPPRESS)
parse(p, ["--a", "--b"])
parse(p, ["--b", "--a"])
parse(p, [])
parse(p, ["--a"])
parse(p, ["--c", "1", "--a"])
p = argparse.ArgumentParser(prog="mx2")
g = p.add_mutually_exclusive_group()
g.add_argument("--x", default=1, type=int)
g.add_argument("--y")
parse(p, ["--x", "1", "--y", "2"])
parse(p, ["--y", "2"])

# Required options.
p = argparse.ArgumentParser(prog="req")
p.add_argument("--must", required=True)
p.add_argument("-o", "--other", required=True)
p.add_argument("pos", nargs="+")
parse(p, [])
parse(p, ["--must", "1", "p"])

# Types raising ArgumentTypeError, and custom types.
def even(text):
    value = int(text)
    if value % 2:
        raise argparse.ArgumentTypeError("%r is not even" % value)
    return value
def broken(text):
    raise KeyError(text)
p = argparse.ArgumentParser(prog="types")
p.add_argument("--even", type=even)
p.add_argument("--file", type=argparse.FileType("r"))
p.add_argument("--lam", type=lambda s: int(s))
parse(p, ["--even", "3"])
parse(p, ["--even", "x"])
parse(p, ["--file", "/nonexistent/dir/file.txt"])
parse(p, ["--lam", "q"])
p.add_argument("--broken", type=broken)
try:
    p.parse_args(["--broken", "1"])
except KeyError as e:
    print("KeyError", e)

# Short option clusters.
p = argparse.ArgumentParser(prog="cl")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
parse(p, ["-abz"])
parse(p, ["-a=1"])

# exit_on_error=False raises ArgumentError instead.
p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices="xy")
for args in (["--n", "q"], ["--c", "z"], ["--n"]):
    try:
        p.parse_args(args)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e, "|", e.argument_name, "|", e.message)
# Unrecognized arguments still exit.
parse(p, ["--zzz"])

# ArgumentError and ArgumentTypeError themselves.
action = p._actions[1]
e = argparse.ArgumentError(action, "bad")
print(str(e), e.argument_name, e.message, isinstance(e, Exception))
print(str(argparse.ArgumentError(None, "no argument")))
print(repr(argparse.ArgumentTypeError("t")), issubclass(argparse.ArgumentTypeError, Exception))

# error() and exit().
p = argparse.ArgumentParser(prog="err")
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        p.error("something went wrong")
    except SystemExit as e:
        print("exit", e.code)
    try:
        p.exit(3, "bye\n")
    except SystemExit as e:
        print("exit", e.code)
    try:
        p.exit()
    except SystemExit as e:
        print("exit", e.code)
print(err.getvalue(), end="")
out = io.StringIO()
p.print_usage(out)
p.print_help(out)
print(repr(out.getvalue()))

# Subparsers' errors.
p = argparse.ArgumentParser(prog="main")
sub = p.add_subparsers(dest="cmd", required=True)
s = sub.add_parser("go")
s.add_argument("--speed", type=int)
parse(p, [])
parse(p, ["stop"])
parse(p, ["go", "--speed", "fast"])
parse(p, ["go", "--what"])

# Mistakes in add_argument.
def attempt(function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
        print("ok", type(result).__name__)
    except Exception as e:
        # (Without the object addresses some messages show.)
        print(type(e).__name__, re.sub(r"0x[0-9a-f]+", "0x...", str(e)))

p = argparse.ArgumentParser(prog="bad")
attempt(p.add_argument, "x", required=True)
attempt(p.add_argument, "x", dest="y")
attempt(p.add_argument, "--s", nargs=0)
attempt(p.add_argument, "--s", action="append", nargs=0)
attempt(p.add_argument, "--s", const=1)
attempt(p.add_argument, "--s", action="nope")
attempt(p.add_argument, "--s", type="nope")
attempt(p.add_argument, "--s", type=argparse.FileType)
attempt(p.add_argument, "--s", action="store_true", type=int)
attempt(p.add_argument, "--s", nargs=2, metavar=("A", "B", "C"))
attempt(p.add_argument, "--s", nargs="x")
attempt(p.add_argument, "-", dest=None)
attempt(p.add_argument, "-h")
attempt(p.add_argument, "-h", "--help")
attempt(p.add_argument, "q", "-x")
attempt(argparse.ArgumentParser, conflict_handler="bogus")
m = p.add_mutually_exclusive_group()
attempt(m.add_argument, "--r", required=True)
attempt(m.add_argument, "pos")
sub = p.add_subparsers()
sub.add_parser("a")
attempt(sub.add_parser, "a")
sub.add_parser("b", aliases=["bb"])
attempt(sub.add_parser, "c", aliases=["bb"])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    attempt(p.add_subparsers)
print(err.getvalue(), end="")

# An empty mutually exclusive group in the usage.
p = argparse.ArgumentParser(prog="emptygroup")
p.add_mutually_exclusive_group()
p.add_argument("--z")
attempt(p.format_usage)

# An uncaught parse error: usage and message on stderr, status 2.
p = argparse.ArgumentParser(prog="final")
p.add_argument("--count", type=int)
p.parse_args(["--count", "many"])
print("not reached")
