# argparse: edge cases of help texts and parsing.
import argparse, io, contextlib
def show(p):
    try:
        print(p.format_help(), end="")
    except Exception as e:
        print(type(e).__name__, e)
    print("--")
p = argparse.ArgumentParser(prog="e", description="", epilog="   ")
p.add_argument("--x", help="")
p.add_argument("--y", metavar="")
p.add_argument("z", metavar="")
show(p)
p = argparse.ArgumentParser(prog="d", description="line one\n\n\n\nline two\ttab")
p.add_argument("--c", choices={"b": 1, "a": 2}, help="%(choices)s")
p.add_argument("--n", choices=[1.5, None, "s"])
p.add_argument("--u", help="ünïcödé hélp text " * 8)
p.add_argument("pos", nargs=2, metavar=("A", "B"))
show(p)
p = argparse.ArgumentParser(prog="t", add_help=False, prefix_chars="+")
p.add_argument("+v", action="version", version="1")
p.add_argument("++help", action="help")
show(p)
p = argparse.ArgumentParser(prog="u", usage=argparse.SUPPRESS, description="no usage")
p.add_argument("--q")
show(p)
g = p.add_argument_group(argparse.SUPPRESS)
g.add_argument("--hidden-title")
show(p)
p = argparse.ArgumentParser(prog="w" * 70)
p.add_argument("--aaaaaaaaaaaaaaaaaaa"); p.add_argument("--bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"); p.add_argument("pos")
show(p)
p = argparse.ArgumentParser(prog="v")
p.add_argument("x", nargs="?", default="d", help="%(default)r %(nargs)s %(required)s %(option_strings)s")
p.add_argument("--t", type=argparse.FileType("w"), help="%(type)s")
show(p)
err = io.StringIO()
for args in (["--t"], ["a", "b"], ["-"]):
    with contextlib.redirect_stderr(err):
        try:
            print(p.parse_args(args))
        except SystemExit as e:
            print("exit", e.code)
print(err.getvalue())
p = argparse.ArgumentParser(prog="neg")
p.add_argument("-5", action="store_true")
p.add_argument("--n", type=int)
for args in (["-5"], ["--n", "-5"], ["--n=-5"], ["-3"]):
    with contextlib.redirect_stderr(err):
        try:
            print(p.parse_args(args))
        except SystemExit as e:
            print("exit", e.code)
print(err.getvalue())
