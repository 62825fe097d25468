# argparse: subcommands, intermixed arguments, and a small real program.
import argparse
import contextlib
import io


def parse(parser, args, method="parse_args"):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            result = getattr(parser, method)(args)
        print(args, "->", result)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        print(err.getvalue(), end="")


# Subcommands with their own arguments and defaults.
p = argparse.ArgumentParser(prog="vcs")
p.add_argument("-v", "--verbose", action="store_true")
p.set_defaults(handler=None)
sub = p.add_subparsers(dest="command")
clone = sub.add_parser("clone", help="copy a repository")
clone.add_argument("url")
clone.add_argument("--depth", type=int, default=0)
clone.set_defaults(handler="do_clone")
log = sub.add_parser("log", aliases=["l", "history"], help="show history")
log.add_argument("-n", type=int, default=10)
log.set_defaults(handler="do_log", verbose="from-log")
parse(p, [])
parse(p, ["clone", "http://x", "--depth", "2"])
parse(p, ["-v", "log", "-n", "3"])
parse(p, ["l"])
parse(p, ["history", "-n", "1"])
parse(p, ["clone"])
parse(p, ["clone", "u", "--zzz"])
print(p.parse_known_args(["clone", "u", "--zzz", "q"]))
print(sorted(sub.choices))
print(sub.choices["l"] is log, sub.choices["history"] is log)

# dest not given: the command name is not stored.
p = argparse.ArgumentParser(prog="nodest")
sub = p.add_subparsers()
a = sub.add_parser("a")
a.add_argument("--x", default=1)
parse(p, ["a"])
parse(p, [])

# Required subcommands and metavar in messages.
p = argparse.ArgumentParser(prog="need")
sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
sub.add_parser("one")
parse(p, [])
p = argparse.ArgumentParser(prog="need2")
sub = p.add_subparsers(required=True)
sub.add_parser("one")
sub.add_parser("two")
parse(p, [])

# Nested subcommands.
p = argparse.ArgumentParser(prog="top")
s1 = p.add_subparsers(dest="level1")
mid = s1.add_parser("mid")
s2 = mid.add_subparsers(dest="level2")
leaf = s2.add_parser("leaf")
leaf.add_argument("value", type=int)
parse(p, ["mid", "leaf", "5"])
parse(p, ["mid", "leaf", "x"])
print(leaf.prog, "|", mid.prog)
print(leaf.format_usage(), end="")

# Subcommand prog includes the parent's positionals.
p = argparse.ArgumentParser(prog="cfg")
p.add_argument("--opt")
p.add_argument("config")
sub = p.add_subparsers()
x = sub.add_parser("x")
print(x.prog)
p = argparse.ArgumentParser(prog="cfg2")
sub = p.add_subparsers(prog="custom prog")
print(sub.add_parser("y").prog, sub.add_parser("z", prog="zz").prog)

# Subparsers with a parser_class.
class MyParser(argparse.ArgumentParser):
    pass
p = argparse.ArgumentParser(prog="cls")
sub = p.add_subparsers(parser_class=MyParser)
print(type(sub.add_parser("m")).__name__)
p = MyParser(prog="cls2")
sub = p.add_subparsers()
print(type(sub.add_parser("m")).__name__)

# Help of a subcommand exits.
p = argparse.ArgumentParser(prog="helpsub")
sub = p.add_subparsers(dest="cmd")
r = sub.add_parser("run", help="run it", description="Run the thing.")
r.add_argument("target", help="what to run")
try:
    p.parse_args(["run", "-h"])
except SystemExit as e:
    print("exit", e.code)

# parse_intermixed_args.
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
parse(p, ["doit", "1", "--foo", "bar", "2", "3"])
parse(p, ["doit", "1", "--foo", "bar", "2", "3"], "parse_intermixed_args")
parse(p, ["--foo", "x"], "parse_intermixed_args")
parse(p, ["a", "--zz", "1"], "parse_intermixed_args")
print(p.parse_known_intermixed_args(["a", "--zz", "1", "--foo", "f", "2"]))
p = argparse.ArgumentParser(prog="mix2")
p.add_argument("--req", required=True)
p.add_argument("x")
parse(p, ["a", "--req", "r"], "parse_intermixed_args")
parse(p, ["a"], "parse_intermixed_args")
p = argparse.ArgumentParser(prog="mix3")
p.add_argument("r", nargs=argparse.REMAINDER)
try:
    p.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
p = argparse.ArgumentParser(prog="mix4")
g = p.add_mutually_exclusive_group()
g.add_argument("x", nargs="?")
try:
    p.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)
p = argparse.ArgumentParser(prog="mix5")
p.add_subparsers()
try:
    p.parse_intermixed_args([])
except TypeError as e:
    print("TypeError", e)


# A small real program: a calculator with subcommands.
def build():
    parser = argparse.ArgumentParser(prog="calc", description="A calculator.")
    parser.add_argument("--precision", type=int, default=2, help="digits after the point")
    commands = parser.add_subparsers(dest="op", required=True, help="operation")
    for name, symbol in (("add", "+"), ("mul", "*")):
        command = commands.add_parser(name, help="%s numbers" % name)
        command.add_argument("numbers", type=float, nargs="+", help="the numbers")
        command.set_defaults(symbol=symbol)
    neg = commands.add_parser("neg", help="negate")
    neg.add_argument("number", type=float)
    neg.set_defaults(symbol="-")
    return parser


def run(args):
    ns = build().parse_args(args)
    if ns.op == "add":
        result = sum(ns.numbers)
    elif ns.op == "mul":
        result = 1
        for n in ns.numbers:
            result *= n
    else:
        result = -ns.number
    print("%.*f" % (ns.precision, result))


run(["add", "1", "2.5"])
run(["--precision", "4", "mul", "2", "3", "0.5"])
run(["neg", "--", "-3"])
print(build().format_help(), end="")
