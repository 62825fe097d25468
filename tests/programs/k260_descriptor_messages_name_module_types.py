# Descriptors of built-in types that live outside builtins name their type
# as CPython's tp_name does ('re.Pattern', '_io.StringIO'), in errors and
# in reprs; types of builtins and classes keep their plain names.
import io
import re


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


attempt('match on str', re.Pattern.match, 'x', 'a')
attempt('pattern getter on str', re.Pattern.pattern.__get__, 'x')
attempt('closed setter', io.StringIO.closed.__set__, io.StringIO(), 1)
attempt('closed getter on int', io.StringIO.closed.__get__, 5)
print(repr(re.Pattern.match), repr(io.StringIO.closed))
print(repr(str.join), repr(int.real))
attempt('str.join on int', str.join, 5, [])
attempt('unbound with no self', re.Pattern.match)


class Slotted:
    __slots__ = ('x',)


print(repr(Slotted.x))
attempt('slot on int', Slotted.x.__get__, 5)
