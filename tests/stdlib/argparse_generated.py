# argparse on many generated parsers and command lines (a fixed seed):
# help, usage, results and errors must all be CPython's.
import argparse
import contextlib
import io
import random

rng = random.Random(2024)

WORDS = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta",
         "iota", "kappa", "lam", "mu", "nu", "xi", "omicron", "pi"]
HELPS = ["", "a short help", "the %(dest)s value (default: %(default)s)",
         "a considerably longer help text that will certainly need to be wrapped onto more than a single line of output",
         None, argparse.SUPPRESS]
FORMATTERS = [argparse.HelpFormatter, argparse.ArgumentDefaultsHelpFormatter,
              argparse.RawTextHelpFormatter]


def random_option(used):
    name = rng.choice([w for w in WORDS if w not in used])
    used.add(name)
    strings = []
    if rng.random() < 0.5 and name[0] not in {s[1] for s in used if s.startswith("-")}:
        strings.append("-" + name[0])
        used.add("-" + name[0])
    strings.append("--" + name + rng.choice(["", "-opt", "-x"]))
    return name, strings


def add_random_argument(container, used, positional):
    kind = rng.randrange(10)
    kwargs = {}
    help_text = rng.choice(HELPS)
    if help_text is not None:
        kwargs["help"] = help_text
    if positional:
        name = rng.choice([w for w in WORDS if w not in used])
        used.add(name)
        nargs = rng.choice([None, None, "?", "*", "+", 2])
        if nargs is not None:
            kwargs["nargs"] = nargs
        if rng.random() < 0.3:
            kwargs["type"] = int
        if rng.random() < 0.2:
            kwargs["choices"] = ["1", "2", "3"] if "type" not in kwargs else [1, 2, 3]
        if rng.random() < 0.2:
            kwargs["metavar"] = name.upper() + "_M"
        container.add_argument(name, **kwargs)
        return
    name, strings = random_option(used)
    if kind == 0:
        kwargs["action"] = "store_true"
    elif kind == 1:
        kwargs["action"] = "count"
    elif kind == 2:
        kwargs["action"] = "append"
    elif kind == 3:
        kwargs["nargs"] = rng.choice(["?", "*", "+", 2, 3])
    elif kind == 4:
        kwargs["type"] = int
        kwargs["default"] = rng.choice([0, 5, "7"])
    elif kind == 5:
        kwargs["choices"] = ["red", "green", "blue"]
    elif kind == 6:
        kwargs["action"] = argparse.BooleanOptionalAction
    elif kind == 7:
        kwargs["required"] = True
    elif kind == 8:
        kwargs["metavar"] = "VAL"
        kwargs["dest"] = name + "_dest"
    container.add_argument(*strings, **kwargs)


def build(index):
    used = {"h", "-h"}
    formatter = rng.choice(FORMATTERS)
    width = rng.choice([40, 60, 78, 100])
    parser = argparse.ArgumentParser(
        prog=rng.choice(["p", "prog%d" % index, "a-rather-long-program-name-%d" % index]),
        description=rng.choice([None, "Parser number %d, which does many things." % index]),
        epilog=rng.choice([None, "The end."]),
        formatter_class=lambda prog: formatter(prog, width=width))
    for _ in range(rng.randrange(1, 6)):
        add_random_argument(parser, used, False)
    if rng.random() < 0.4:
        group = parser.add_argument_group(rng.choice(WORDS) + " options", rng.choice([None, "Group text."]))
        for _ in range(rng.randrange(1, 3)):
            add_random_argument(group, used, False)
    if rng.random() < 0.4:
        exclusive = parser.add_mutually_exclusive_group(required=rng.random() < 0.3)
        for _ in range(rng.randrange(2, 4)):
            name, strings = random_option(used)
            exclusive.add_argument(*strings, action=rng.choice(["store_true", "store"]))
    for _ in range(rng.randrange(0, 3)):
        add_random_argument(parser, used, True)
    return parser


def random_command_line(parser):
    options = [a for a in parser._actions if a.option_strings and a.help is not argparse.SUPPRESS]
    line = []
    for _ in range(rng.randrange(0, 6)):
        choice = rng.random()
        if choice < 0.5 and options:
            action = rng.choice(options)
            line.append(rng.choice(action.option_strings))
            for _ in range(rng.randrange(0, 3)):
                line.append(rng.choice(["1", "x", "red", "-1", "2"]))
        elif choice < 0.6:
            line.append("--")
        elif choice < 0.7:
            line.append("--unknown")
        else:
            line.append(rng.choice(["1", "2", "3", "word", "blue"]))
    return line


for index in range(90):
    try:
        parser = build(index)
    except (ValueError, argparse.ArgumentError) as e:
        print("build error:", type(e).__name__, e)
        continue
    print("=" * 10, index)
    print(parser.format_help(), end="")
    for _ in range(4):
        line = random_command_line(parser)
        err = io.StringIO()
        out = io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                result = parser.parse_args(line)
            print(line, "->", result)
        except SystemExit as e:
            print(line, "-> exit", e.code)
            print(err.getvalue(), end="")
