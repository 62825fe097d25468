# Warnings issued in another module: its own registry, DeprecationWarning
# hidden there, stacklevel pointing back to the caller, module filters.
import os
import sys
import warnings

SOURCE = '''
import warnings

def deprecated():
    warnings.warn("old function", DeprecationWarning)

def deprecated_for_caller():
    warnings.warn("old for caller", DeprecationWarning, stacklevel=2)

def user(text="from the module"):
    warnings.warn(text)

def caller_level(text):
    warnings.warn(text, stacklevel=2)
'''
with open("warnings_modules_tmp.py", "w") as f:
    f.write(SOURCE)
sys.path.insert(0, os.getcwd())
import warnings_modules_tmp as mod
os.remove("warnings_modules_tmp.py")


def shown(function, *args):
    with warnings.catch_warnings(record=True) as log:
        function(*args)
    return [(os.path.basename(m.filename), m.lineno, m.category.__name__, str(m.message)) for m in log]


print(shown(mod.deprecated))
print(shown(mod.deprecated_for_caller))
print(shown(mod.user))
print(shown(mod.user))
print(shown(mod.caller_level, "points here"))
print(sorted((k for k in mod.__warningregistry__ if k != "version"), key=repr))
print(sorted((k for k in globals().get("__warningregistry__", {}) if k != "version"), key=repr))

# Filters by module name.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="warnings_modules_tmp")
    mod.user("ignored in the module")
    mod.caller_level("not ignored here")
print([str(m.message) for m in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", module="warnings_modules_t")
    mod.user("a prefix is enough")
    warnings.warn("not in that module")
print([str(m.message) for m in log])

# "once" and "module" across modules.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for _ in range(2):
        mod.user("same text")
        warnings.warn("same text")
print([(os.path.basename(m.filename), m.lineno) for m in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    mod.user("per module")
    mod.caller_level("per module")
    warnings.warn("per module")
print([(os.path.basename(m.filename), m.lineno) for m in log])
