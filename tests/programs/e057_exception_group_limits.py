# Printing very wide and very deep exception groups: the first 15 nested
# exceptions and "and N more exceptions", nesting shown 10 deep and then
# "... (max_group_depth is 10)", as CPython 3.11's defaults. The last group
# is uncaught: combined by an except* statement at module level, it has no
# traceback at all.
import sys

wide = ExceptionGroup("wide", [ValueError(n) for n in range(20)])
sys.excepthook(type(wide), wide, None)

just_wide_enough = ExceptionGroup("fifteen", [TypeError(n) for n in range(15)])
sys.excepthook(type(just_wide_enough), just_wide_enough, None)

one_more = ExceptionGroup("sixteen", [TypeError(n) for n in range(16)])
sys.excepthook(type(one_more), one_more, None)

deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup("level %d" % level, [deep, KeyError(level)])
try:
    raise deep
except* KeyError as keys:
    print("handled", len(keys.exceptions), "KeyErrors")
    raise OSError("replaced")
