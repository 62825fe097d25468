# The warnings module: filters, actions, registries, catch_warnings,
# showwarning and formatwarning.
import contextlib
import io
import os
import sys
import warnings
import _warnings


def captured(function, *args, **kwargs):
    """What function writes to stderr (warnings are written there)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        function(*args, **kwargs)
    return short(err.getvalue())


def short(text):
    # Warnings name this file by its full path, which depends on where the
    # tests are.
    directory = os.path.dirname(__file__)
    return text.replace(directory + "/", "") if directory else text


def warn_here(message, category=UserWarning):
    warnings.warn(message, category, stacklevel=2)


# The shared state.
print(_warnings.filters is warnings.filters, warnings.defaultaction, _warnings._defaultaction)
print(_warnings._onceregistry is warnings.onceregistry)
print(warnings.filters)
print(sorted(name for name in warnings.__all__))

# The default filters: UserWarning once per place, DeprecationWarning in
# __main__ only, PendingDeprecationWarning never.
print(captured(warnings.warn, "plain"), end="")
for i in range(3):
    print(repr(captured(warnings.warn, "in a loop")))
print(captured(warnings.warn, "deprecated", DeprecationWarning), end="")
print(repr(captured(warnings.warn, "pending", PendingDeprecationWarning)))
print(repr(captured(warnings.warn, "import", ImportWarning)))
print(captured(warnings.warn, "runtime", RuntimeWarning), end="")
print(captured(warnings.warn, UserWarning("an instance")), end="")
print(captured(warnings.warn, FutureWarning("instance category wins"), UserWarning), end="")
print(captured(warnings.warn, 42), end="")
print(captured(warn_here, "stacklevel 2"), end="")
print(captured(warnings.warn, "too deep", stacklevel=50), end="")
print(captured(warnings.warn, "level zero", stacklevel=0), end="")
print(sys.__warningregistry__)

# Errors in the arguments.
for args in [("x", int), ("x", "UserWarning"), ("x", 5)]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.warn("x", stacklevel="1")
except TypeError as e:
    print("TypeError", e)

# The registry of a module.
print(sorted((k for k in __warningregistry__ if k != "version"), key=repr))


def registry():
    r = dict(globals().get("__warningregistry__", {}))
    r.pop("version", None)
    return sorted(r.items(), key=repr)


# Each action.
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore")
print(repr(captured(warnings.warn, "ignored")))
warnings.simplefilter("always")
print(captured(lambda: [warnings.warn("always") for _ in range(2)]), end="")
warnings.simplefilter("default")
print(captured(lambda: [warnings.warn("default") for _ in range(2)]), end="")
warnings.simplefilter("module")
print(captured(lambda: (warnings.warn("module"), warnings.warn("module"))), end="")
warnings.simplefilter("once")
print(captured(lambda: (warnings.warn("once"), warnings.warn("once"))), end="")
print(captured(warn_here, "once"), end="")
print(registry())
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn("deprecated error", DeprecationWarning)
except DeprecationWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()

# filterwarnings with message, category, module and lineno.
warnings.simplefilter("ignore")
warnings.filterwarnings("error", message="bad")
warnings.filterwarnings("always", message="loud", category=RuntimeWarning)
for message, category in [("bad thing", UserWarning), ("BAD case", UserWarning),
                          ("a bad thing", UserWarning), ("loud", RuntimeWarning),
                          ("loud", UserWarning)]:
    try:
        print(repr(captured(warnings.warn, message, category)))
    except Warning as e:
        print("raised", type(e).__name__, e)
print(len(warnings.filters), [f[0] for f in warnings.filters])
print(warnings.filters[0][1].pattern, warnings.filters[0][1].flags & 2, warnings.filters[0][3])
warnings.filterwarnings("always", module="other")
print(repr(captured(warnings.warn, "module not matched")))
warnings.filterwarnings("error", module="__ma")
try:
    warnings.warn("module matched")
except UserWarning as e:
    print("raised", e)
print(warnings.filters[0][3].pattern, warnings.filters[0][1])
warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error", lineno=999)
print(repr(captured(warnings.warn, "not on that line")))
warnings.simplefilter("ignore", append=True)
warnings.simplefilter("error", append=True)
print([f[0] for f in warnings.filters])
warnings.simplefilter("ignore")
print([f[0] for f in warnings.filters])

# Bad filter arguments.
for args, kwargs in [(("bogus",), {}), (("error",), {"lineno": -1}), (("error",), {"lineno": "1"})]:
    try:
        warnings.simplefilter(*args, **kwargs)
    except AssertionError as e:
        print("AssertionError", e)
for kwargs in [{"message": 1}, {"category": 1}, {"category": int}, {"module": None}]:
    try:
        warnings.filterwarnings("error", **kwargs)
    except AssertionError as e:
        print("AssertionError", e)
warnings.resetwarnings()
warnings.filters.append(("default", None, Warning, None))
try:
    warnings.warn("bad filter")
except ValueError as e:
    print("ValueError", e)
warnings.filters[:] = [("nonsense", None, Warning, None, 0)]
try:
    warnings.warn("bad action")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.filters[:] = []
warnings.defaultaction = "error"
try:
    warnings.warn("default action")
except UserWarning as e:
    print("raised by defaultaction", e)
warnings.defaultaction = "default"

# catch_warnings(record=True).
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warn_here("third")
print(len(log))
for message in log:
    print(type(message).__name__, type(message.message).__name__, message.message,
          message.category.__name__, short(message.filename), message.lineno, message.file, message.line, message.source)
print(short(str(log[0])))
print(warnings.filters)
with warnings.catch_warnings() as nothing:
    warnings.simplefilter("error")
    print(nothing, len(warnings.filters))
print(len(warnings.filters))
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("ignored")
print(log)
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

# Replacing showwarning and formatwarning.
shown = []
def my_showwarning(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno, file, line))
saved = warnings.showwarning
warnings.showwarning = my_showwarning
warnings.simplefilter("always")
warnings.warn("to my function")
warnings.warn_explicit("explicit", SyntaxWarning, "some_file.py", 12)
import re
re.findall("[[a]", "a")  # a native FutureWarning
print([(m, c, short(f), n, fl, l) for m, c, f, n, fl, l in shown])
warnings.showwarning = 42
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = saved
saved_format = warnings.formatwarning
warnings.formatwarning = lambda message, category, filename, lineno, line=None: "<%s|%s|%s>\n" % (message, category.__name__, line)
print(captured(warnings.warn, "formatted"), end="")
warnings.formatwarning = saved_format

# formatwarning and showwarning themselves.
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  ")))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nonexistent.py", 3, "")))
out = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "x.py", 7, out, "code()")
print(repr(out.getvalue()))
print(captured(warnings.showwarning, "to stderr", UserWarning, "y.py", 8), end="")
print(repr(warnings.formatwarning("src", UserWarning, "warnings_basic.py", 1)))

# warn_explicit.
warnings.resetwarnings()
reg = {}
print(captured(warnings.warn_explicit, "ex", UserWarning, "mod.py", 5, registry=reg), end="")
print(repr(captured(warnings.warn_explicit, "ex", UserWarning, "mod.py", 5, registry=reg)))
print(sorted(reg.items(), key=repr)[:1])
print(captured(warnings.warn_explicit, "ex", UserWarning, "mod.py", 5), end="")
print(captured(warnings.warn_explicit, "ex", UserWarning, "mod.py", 5), end="")
warnings.filterwarnings("error", module="mod$")
try:
    warnings.warn_explicit("module from filename", UserWarning, "mod.py", 1)
except UserWarning as e:
    print("raised", e)
print(captured(warnings.warn_explicit, UserWarning("inst"), None, "other.py", 9, module="m"), end="")
try:
    warnings.warn_explicit("x", UserWarning, "f.py", "1")
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[])
except TypeError as e:
    print("TypeError", e)

# The -W option syntax.
warnings.resetwarnings()
for option in ["error", "ignore::DeprecationWarning", "always:msg:UserWarning:mod:5", "i", "a",
               "d::builtins.UnicodeWarning", "once:x:RuntimeWarning"]:
    warnings._setoption(option)
print([(f[0], f[1] and f[1].pattern, f[2].__name__, f[3] and f[3].pattern, f[4]) for f in warnings.filters])
for option in ["bogus", "error:::::", "error::NoSuchWarning", "error::int", "error::nomodule.Warn", "error::re.error",
               "error::::x", "error::::-1"]:
    try:
        warnings._setoption(option)
    except warnings._OptionError as e:
        print("_OptionError", e)
err = io.StringIO()
with contextlib.redirect_stderr(err):
    warnings._processoptions(["bogus", "ignore"])
print(repr(err.getvalue()))

# WarningMessage.
m = warnings.WarningMessage("text", UserWarning, "f.py", 1)
print(m, m.file, m.line, m.source, m._category_name)
print(warnings.WarningMessage("text", None, "f.py", 1))
