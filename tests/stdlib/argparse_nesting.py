# Nested groups work, with 3.11's DeprecationWarnings (shown: they are
# attributed to __main__).
import argparse

p = argparse.ArgumentParser(prog="nest")
outer = p.add_argument_group("outer", "The outer group.")
inner = outer.add_argument_group("inner")
inner.add_argument("--deep", help="in the inner group")
outer.add_argument("--shallow", help="in the outer group")
exclusive = p.add_mutually_exclusive_group()
nested = exclusive.add_mutually_exclusive_group()
nested.add_argument("--a", action="store_true")
exclusive.add_argument("--b", action="store_true")
in_group = outer.add_mutually_exclusive_group()
in_group.add_argument("--c", action="store_true")
in_group.add_argument("--d", action="store_true")
print(p.format_help(), end="")
print(p.parse_args(["--deep", "1", "--a", "--c"]))
