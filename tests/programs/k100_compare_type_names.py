# Comparison errors name types as CPython's tp_name does: a built-in type
# outside builtins by module.name, a class by its bare name.
import re
import collections


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


class Mine:
    pass


show("pattern < pattern", lambda: re.compile("a") < re.compile("b"))
show("pattern >= int", lambda: re.compile("a") >= 1)
show("match <= None", lambda: re.match("a", "a") <= None)
show("Mine > Mine", lambda: Mine() > Mine())
show("int < str", lambda: 1 < "a")
show("pow(1, 'a', 2)", lambda: pow(1, "a", 2))
show("pow(pattern, 1, 2)", lambda: pow(re.compile("a"), 1, 2))
