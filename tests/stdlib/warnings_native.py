# Warnings issued by the VM and by native modules pass the warnings
# module's filters and showwarning; what is shown goes to stderr.
import re
import sys
import warnings


async def never_awaited():
    return 1


def make_coroutine():
    never_awaited()


# Shown on stderr with the default filters, once per place.
for i in range(2):
    make_coroutine()
warnings.warn("a user warning")
warnings.warn("deprecated in __main__", DeprecationWarning)
print("after default warnings")

# Recorded instead of shown.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    make_coroutine()
    re.compile("[[x]")
    warnings.warn("recorded", SyntaxWarning)
for message in log:
    print(message.category.__name__, message.message, message.lineno, message.source is not None)

# Turned into errors.
with warnings.catch_warnings():
    warnings.simplefilter("error", FutureWarning)
    try:
        re.compile("[a-z--]")
    except FutureWarning as e:
        print("FutureWarning raised:", e)

# Ignored.
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    make_coroutine()
    re.compile("[a&&b]")
    warnings.warn("ignored")
print("nothing shown")

# A program's showwarning sees native warnings too.
def to_stdout(message, category, filename, lineno, file=None, line=None):
    print("showwarning:", category.__name__, message, lineno)
warnings.showwarning = to_stdout
warnings.simplefilter("always")
make_coroutine()
re.compile("[b||]")
warnings.warn("from Python")
del warnings.showwarning
try:
    warnings.warn("no showwarning at all")
except NameError as e:
    print("NameError", e)
print("end")
