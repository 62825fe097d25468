# argparse: what parse_args makes of command lines.
import argparse


def parse(parser, args):
    try:
        print(args, "->", parser.parse_args(args))
    except SystemExit as e:
        print(args, "-> exit", e.code)


# Namespace.
ns = argparse.Namespace(b=1, a="x")
print(ns, repr(ns), vars(ns))
print(ns == argparse.Namespace(b=1, a="x"), ns == argparse.Namespace(a="x", b=1), ns != argparse.Namespace(a=1))
print(ns == 5, "a" in ns, "c" in ns)
print(argparse.Namespace(), argparse.Namespace(**{"not valid": 1, "ok": 2}))
ns.c = [1, 2]
print(ns)

# Store actions and types.
p = argparse.ArgumentParser(prog="store")
p.add_argument("--name")
p.add_argument("-n", "--number", type=int, default=5)
p.add_argument("--ratio", type=float)
p.add_argument("--flag", action="store_true")
p.add_argument("--no-flag", action="store_false", dest="other")
p.add_argument("--const", action="store_const", const="C", default="D")
p.add_argument("--tag", action="append")
p.add_argument("--add", action="append_const", const=1, dest="adds")
p.add_argument("--sub", action="append_const", const=-1, dest="adds")
p.add_argument("-v", action="count")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--color", action=argparse.BooleanOptionalAction)
parse(p, [])
parse(p, ["--name", "bob", "-n", "7", "--ratio", "0.5", "--flag"])
parse(p, ["--name=alice", "-n3", "--number=4", "--no-flag", "--const"])
parse(p, ["--tag", "a", "--tag", "b", "--add", "--sub", "--add"])
parse(p, ["-v", "-vv", "-vvv"])
parse(p, ["--ext", "a", "b", "--ext", "c"])
parse(p, ["--color"])
parse(p, ["--no-color"])
parse(p, ["--color", "--no-color", "--color"])
# Abbreviations of long options.
parse(p, ["--na", "x", "--num", "8", "--fl", "--rat=2"])
parse(p, ["--n", "x"])
# Negative numbers are values when no option looks like one.
parse(p, ["-n", "-5", "--ratio", "-.5"])
parse(p, ["--name", "-x"])

# Positionals with nargs.
p = argparse.ArgumentParser(prog="pos")
p.add_argument("first")
p.add_argument("maybe", nargs="?", default="dflt")
p.add_argument("rest", nargs="*")
parse(p, ["a"])
parse(p, ["a", "b"])
parse(p, ["a", "b", "c", "d"])
parse(p, ["a", "--", "-b", "-c"])
parse(p, ["--", "-a"])
p = argparse.ArgumentParser(prog="pos2")
p.add_argument("pair", nargs=2, type=int)
p.add_argument("more", nargs="+")
p.add_argument("-o")
parse(p, ["1", "2", "x"])
parse(p, ["1", "2", "x", "y", "-o", "z"])
parse(p, ["-o", "z", "1", "2", "x"])
parse(p, ["1", "-o", "z", "2", "x"])
parse(p, ["1", "2", "x", "-o", "z", "y"])

# Optionals with nargs.
p = argparse.ArgumentParser(prog="optn")
p.add_argument("--two", nargs=2)
p.add_argument("--maybe", nargs="?", const="CONST", default="DEFAULT")
p.add_argument("--star", nargs="*")
p.add_argument("--plus", nargs="+", type=int)
p.add_argument("--one", nargs=1)
p.add_argument("x", nargs="?")
parse(p, ["--two", "a", "b"])
parse(p, ["--maybe"])
parse(p, ["--maybe", "v"])
parse(p, ["--star"])
parse(p, ["--star", "a", "b", "--plus", "1", "2"])
parse(p, ["--one", "a", "pos"])
parse(p, ["--maybe", "--star", "s"])

# REMAINDER.
p = argparse.ArgumentParser(prog="rem")
p.add_argument("-v", action="store_true")
p.add_argument("cmd")
p.add_argument("args", nargs=argparse.REMAINDER)
parse(p, ["-v", "ls", "-l", "--all", "x"])
parse(p, ["ls"])

# Short option clusters and attached values.
p = argparse.ArgumentParser(prog="short")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c")
parse(p, ["-ab"])
parse(p, ["-abcvalue"])
parse(p, ["-cab"])
parse(p, ["-c=x"])
parse(p, ["-ba", "-c", "y"])

# Choices.
p = argparse.ArgumentParser(prog="choices")
p.add_argument("--mode", choices=["a", "b"])
p.add_argument("--n", type=int, choices=range(5))
parse(p, ["--mode", "a", "--n", "3"])

# Defaults: string defaults go through type=, others do not.
p = argparse.ArgumentParser(prog="defaults")
p.add_argument("--s", type=int, default="12")
p.add_argument("--l", type=int, default=[1])
p.add_argument("--sup", default=argparse.SUPPRESS)
p.add_argument("--app", action="append", default=["x"])
parse(p, [])
parse(p, ["--s", "3", "--sup", "y", "--app", "z"])
print(p.get_default("s"), p.get_default("app"), p.get_default("nothing"))
p.set_defaults(s=99, other="o")
parse(p, [])
print(p.get_default("s"), p.get_default("other"))
p = argparse.ArgumentParser(prog="argdefault", argument_default=argparse.SUPPRESS)
p.add_argument("--x")
p.add_argument("--y", default=1)
parse(p, [])
parse(p, ["--x", "1"])

# parse_known_args.
p = argparse.ArgumentParser(prog="known")
p.add_argument("--a")
p.add_argument("b")
print(p.parse_known_args(["x", "--a", "1", "--zzz", "y", "-q"]))
print(p.parse_known_args(["--zzz=3", "x"]))

# A namespace passed in.
ns = argparse.Namespace(a="preset", z=1)
print(p.parse_args(["val"], namespace=ns), ns)

# Custom type functions.
def pair(text):
    left, right = text.split(",")
    return int(left), int(right)
p = argparse.ArgumentParser(prog="types")
p.add_argument("--pair", type=pair)
p.add_argument("--upper", type=str.upper)
p.add_argument("--chars", type=list)
parse(p, ["--pair", "1,2", "--upper", "abc", "--chars", "xy"])

# prefix_chars.
p = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
p.add_argument("+f", action="store_true")
p.add_argument("++bar")
p.add_argument("-m")
parse(p, ["+f", "++bar", "x", "-m", "1"])
parse(p, ["++b=y"])

# allow_abbrev=False.
p = argparse.ArgumentParser(prog="noabbrev", allow_abbrev=False)
p.add_argument("--verbose", action="store_true")
p.add_argument("-x", action="store_true")
p.add_argument("-y", action="store_true")
parse(p, ["--verbose", "-xy"])

# Options that look like negative numbers.
p = argparse.ArgumentParser(prog="neg")
p.add_argument("-1", dest="one", action="store_true")
p.add_argument("x", nargs="?")
parse(p, ["-1"])

# Dest names.
p = argparse.ArgumentParser(prog="dest")
p.add_argument("--foo-bar")
p.add_argument("-x", "--ex-long")
p.add_argument("-y", dest="why")
p.add_argument("-z", "--zed", dest="custom")
parse(p, ["--foo-bar", "1", "-x", "2", "-y", "3", "--zed", "4"])

# parents and conflict_handler.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
parent.set_defaults(from_parent=True)
g = parent.add_argument_group("parent group")
g.add_argument("--in-group")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("--own")
parse(child, ["--shared", "t", "--own", "o", "--in-group", "g"])
print(child.format_help(), end="")
p = argparse.ArgumentParser(prog="resolve", conflict_handler="resolve")
p.add_argument("-f", "--foo", help="old foo")
p.add_argument("--foo", help="new foo")
p.add_argument("-h", action="store_true", help="no longer help")
print(p.format_help(), end="")
parse(p, ["-f", "1", "--foo", "2", "-h"])

# fromfile_prefix_chars.
with open("argparse_parse_args.txt", "w") as f:
    f.write("--a\nfrom-file\nb-value\n")
p = argparse.ArgumentParser(prog="fromfile", fromfile_prefix_chars="@")
p.add_argument("--a")
p.add_argument("b")
parse(p, ["@argparse_parse_args.txt"])
import os
os.remove("argparse_parse_args.txt")

# FileType.
print(argparse.FileType(), argparse.FileType("w"), argparse.FileType("rb", 0), argparse.FileType("w", encoding="utf-8", errors="strict"))
import sys
print(argparse.FileType("r")("-") is sys.stdin, argparse.FileType("w")("-") is sys.stdout)

# Actions' reprs.
p = argparse.ArgumentParser(prog="repr")
print(p)
print(p.add_argument("--x", type=int, choices=[1, 2], help="h", metavar="X"))
print(p.add_argument("y", nargs="+"))
print(p.add_argument("--t", action="store_true"))
print(p.add_argument("--c", action="count", default=0))
print(p.add_argument("--b", action=argparse.BooleanOptionalAction))
print(p.add_argument("--e", action="extend", nargs="*"))
print(argparse.SUPPRESS, argparse.OPTIONAL, argparse.ZERO_OR_MORE, argparse.ONE_OR_MORE, argparse.PARSER, argparse.REMAINDER)

# A user action.
class Store2(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values))
p = argparse.ArgumentParser(prog="custom")
p.add_argument("--v", action=Store2, nargs=2)
p.add_argument("w", action=Store2)
parse(p, ["--v", "1", "2", "W"])

# Registering a type name.
p = argparse.ArgumentParser(prog="registry")
p.register("type", "hex", lambda text: int(text, 16))
p.add_argument("--h", type="hex")
parse(p, ["--h", "ff"])
