# argparse's help and usage texts, byte for byte as CPython 3.11's.
import argparse
import os

# Help is wrapped to $COLUMNS - 2 (80 when unset).
if hasattr(os, "environ"):
    os.environ["COLUMNS"] = "80"


def show(parser):
    print(parser.format_help(), end="")
    print("-" * 20)


# The simplest parsers.
show(argparse.ArgumentParser(prog="empty"))
show(argparse.ArgumentParser(prog="nohelp", add_help=False))
print(repr(argparse.ArgumentParser(prog="nohelp", add_help=False).format_help()))

# Positionals and optionals of every kind.
p = argparse.ArgumentParser(prog="tool", description="A tool that does things.",
                            epilog="See the manual for more.")
p.add_argument("src", help="the source file")
p.add_argument("dst", nargs="?", default="out.txt", help="where to write (default: %(default)s)")
p.add_argument("extra", nargs="*", help="extra inputs")
p.add_argument("-v", "--verbose", action="store_true", help="say more")
p.add_argument("-q", action="store_false", dest="loud", help="say less")
p.add_argument("-n", "--number", type=int, default=3, metavar="N", help="how many (%(type)s, default %(default)s)")
p.add_argument("--mode", choices=["fast", "slow"], help="one of %(choices)s")
p.add_argument("--level", type=int, choices=range(1, 4))
p.add_argument("--tag", action="append", help="a tag; may repeat")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("-c", "--count", action="count", default=0, help="count %(prog)s uses")
p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"), help="a key and a value")
p.add_argument("--three", nargs=3)
p.add_argument("--some", nargs="+", help="one or more")
p.add_argument("--any", nargs="*", help="zero or more")
p.add_argument("--opt", nargs="?", const="c", help="maybe one")
p.add_argument("--hidden", help=argparse.SUPPRESS)
p.add_argument("--version", action="version", version="%(prog)s 1.0")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use colors")
p.add_argument("--ext", action="extend", nargs="+", type=str)
show(p)
print(p.format_usage(), end="")
p.print_usage()

# A long help text wraps at the help column.
p = argparse.ArgumentParser(prog="wrap")
p.add_argument("--alpha", help="This is a long help text that goes on and on, "
               "explaining every last detail of the alpha option, which is rather "
               "important for the proper functioning of the program.")
p.add_argument("--a-really-long-option-name-that-pushes-help", metavar="SOMETHING",
               help="starts on the next line")
p.add_argument("positional_with_a_long_name", help="also long")
show(p)

# Usage wrapping: many options, a short prog.
p = argparse.ArgumentParser(prog="many")
for letter in "abcdefgijklm":
    p.add_argument("-" + letter, "--option-" + letter, metavar=letter.upper() * 3)
p.add_argument("first")
p.add_argument("second", nargs="+")
show(p)

# A long prog goes on a line of its own.
p = argparse.ArgumentParser(prog="a-program-with-an-extraordinarily-long-name-indeed-yes")
for letter in "abcdefgh":
    p.add_argument("--long-option-" + letter, metavar="VALUE")
p.add_argument("file")
show(p)

# Only positionals, too long for a line.
p = argparse.ArgumentParser(prog="pos", add_help=False)
for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]:
    p.add_argument(name + "_argument")
show(p)

# Argument groups with titles and descriptions.
p = argparse.ArgumentParser(prog="groups", description="Groups of arguments.")
g = p.add_argument_group("input", "Where the data comes from.")
g.add_argument("--file", help="read this file")
g.add_argument("--stdin", action="store_true", help="read stdin")
g2 = p.add_argument_group("output")
g2.add_argument("--out", help="write here")
g3 = p.add_argument_group("empty group")
show(p)

# Mutually exclusive groups in the usage.
p = argparse.ArgumentParser(prog="mutex")
m = p.add_mutually_exclusive_group()
m.add_argument("--foo", action="store_true")
m.add_argument("--bar", action="store_true")
r = p.add_mutually_exclusive_group(required=True)
r.add_argument("-x", type=int)
r.add_argument("-y", type=int)
r.add_argument("-z", help=argparse.SUPPRESS)
p.add_argument("pos")
show(p)
p = argparse.ArgumentParser(prog="mutex2")
m = p.add_mutually_exclusive_group(required=True)
m.add_argument("--only")
m2 = p.add_mutually_exclusive_group()
m2.add_argument("--a1")
m2.add_argument("--a2", help=argparse.SUPPRESS)
m2.add_argument("--a3")
show(p)
# A positional in a mutually exclusive group.
p = argparse.ArgumentParser(prog="mutexpos")
m = p.add_mutually_exclusive_group()
m.add_argument("--verbose", action="store_true")
m.add_argument("name", nargs="?")
show(p)

# Explicit usage, %(prog)s in texts.
p = argparse.ArgumentParser(prog="custom", usage="%(prog)s [opts] FILE", description="%(prog)s does it.")
p.add_argument("file")
show(p)
print(p.format_usage(), end="")

# Formatters.
text = """First line of the description.
    An indented second line.

A paragraph after a blank line, long enough to need wrapping if it were wrapped by the formatter at all."""
for formatter in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
                  argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
                  argparse.MetavarTypeHelpFormatter]:
    print("==", formatter.__name__)
    p = argparse.ArgumentParser(prog="fmt", description=text, epilog="Epilog\n  kept?",
                                formatter_class=formatter)
    p.add_argument("--size", type=int, default=10, help="the size\n  in bytes")
    p.add_argument("--name", type=str, default="x", help="the name (default %(default)r)")
    p.add_argument("--flag", action="store_true")
    p.add_argument("--nohelp", type=float)
    p.add_argument("--suppressed-default", type=int, default=argparse.SUPPRESS, help="no default shown")
    p.add_argument("items", type=int, nargs="*", default=[1, 2], help="the items")
    p.add_argument("target", type=str, help="the target")
    p.add_argument("--bool", action=argparse.BooleanOptionalAction, default=False, help="a boolean")
    show(p)

# A formatter with another width and help position.
p = argparse.ArgumentParser(prog="narrow", description="A description that wraps in a narrow formatter for sure.",
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40, max_help_position=10))
p.add_argument("--option", help="some help that will wrap at forty columns wide")
p.add_argument("-s", help="short")
p.add_argument("arg")
show(p)
p = argparse.ArgumentParser(prog="wide", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=120, max_help_position=40))
p.add_argument("--quite-a-long-option", metavar="VAL", help="help beside it")
show(p)

# prefix_chars.
p = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
p.add_argument("+f", "++foo", action="store_true", help="plus foo")
p.add_argument("-b", help="minus b")
show(p)
p = argparse.ArgumentParser(prog="slash", prefix_chars="/")
p.add_argument("/v", action="store_true", help="slash v")
show(p)

# Subparsers in the help.
p = argparse.ArgumentParser(prog="git")
p.add_argument("--debug", action="store_true")
sub = p.add_subparsers(dest="command", help="the command to run")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
sub.add_parser("push", help="send changes")
sub.add_parser("hidden")
show(p)
show(c)
p = argparse.ArgumentParser(prog="tool2")
sub = p.add_subparsers(title="commands", description="The commands there are.", metavar="CMD")
sub.add_parser("run", help="run it")
sub.add_parser("stop", help="stop it")
show(p)
p = argparse.ArgumentParser(prog="tool3")
p.add_argument("config")
sub = p.add_subparsers()
a = sub.add_parser("alpha")
a.add_argument("x")
show(p)
show(a)

# Metavars and choices in the invocation.
p = argparse.ArgumentParser(prog="meta")
p.add_argument("choice", choices=["a", "b", "c"])
p.add_argument("--n", choices=[1, 2, 3], nargs="+")
p.add_argument("--m", metavar="M", nargs="*")
p.add_argument("--two", metavar=("A", "B"), nargs="*")
p.add_argument("--r", nargs=argparse.REMAINDER)
p.add_argument("rest", nargs=argparse.REMAINDER)
show(p)

# Required options in the usage.
p = argparse.ArgumentParser(prog="req")
p.add_argument("--must", required=True, help="required")
p.add_argument("--flag", action="store_true", required=True)
show(p)

# Help text with special values in %(...)s.
p = argparse.ArgumentParser(prog="fmtvals")
p.add_argument("--t", type=int, default=None, help="type %(type)s dest %(dest)s default %(default)s")
p.add_argument("--percent", help="100%% sure")
p.add_argument("--const", action="store_const", const=3, help="const %(const)s")
p.add_argument("--none", help="")
p.add_argument("--spaces", help="   ")
show(p)

# The help action itself prints and exits with 0.
p = argparse.ArgumentParser(prog="helpme", description="Help me.")
p.add_argument("x")
try:
    p.parse_args(["-h"])
except SystemExit as e:
    print("exit", e.code)
try:
    p.parse_args(["x", "--help"])
except SystemExit as e:
    print("exit", e.code)

# The version action.
p = argparse.ArgumentParser(prog="ver")
p.add_argument("-V", "--version", action="version", version="%(prog)s version 2.5")
try:
    p.parse_args(["-V"])
except SystemExit as e:
    print("exit", e.code)
