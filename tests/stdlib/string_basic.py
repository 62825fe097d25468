# string: constants, capwords, Template (substitute, safe_substitute, errors)
# and Formatter (parse, fields, conversions, nesting, errors).
import string
from string import Formatter, Template
f = Formatter()
for s in ['a{{b}}c{0!r:>{w}}d', '{}', '{:}', '{!r}', 'x{a.b[c][1]:{x}{y}}', '{{', '}}', 'a}}b', '{0[}', '{a[b]c}', '{a.}', '{', '}', 'a{b', '{a!}', '{a!rr}', '{a:{b:{c}}}', '{a!r', '{0:{{}}}', '', 'abc', '{a[x.y]}', '{[0]}', '{a]}', '{0:[}', '{0!r:}', 'a{b{c}d}', '{a{', 'x}', '{0!', '{!}', '{0!:x}', '{a[}]}', '}{', '{}}', '{{}']:
    try: print(repr(s), list(f.parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
class O:
    pass


o = O()
o.b = {'c': [0, 'X']}
for s, a, k in [('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{a.b[c][1]}', (), {'a': o}), ('{:>{}}', ('x', 5), {}), ('{0:{1}}', (3.14159, '.2f'), {}),
                ('{} {1}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{!r} {!s} {!a}', ('x', 'y', 'é'), {}), ('{0!x}', (1,), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{x}', (), {}), ('{2}', (1,), {}),
                ('{0[0]}', ([5],), {}), ('{0.real}', (3,), {}), ('{a[-1]}', (), {'a': {'-1': 'neg'}}), ('{0:%Y}', (1,), {}), ('{:,}', (1234567,), {})]:
    try: print(repr(s), repr(f.format(s, *a, **k)))
    except Exception as e: print(repr(s), type(e).__name__, e)
for t, m, kw in [('$who likes $what', {'who': 'tim', 'what': 'kung pao'}, {}), ('${noun}ification', {'noun': 'X'}, {}), ('$$ $x', {'x': 1}, {}), ('$x $y', {'x': 1}, {}),
                 ('cost: $ 5', {}, {}), ('a\nb $', {}, {}), ('$1', {}, {}), ('${x', {'x': 1}, {}), ('${ x}', {}, {}), ('$x${y}z$$$', {'x': 1, 'y': 2}, {}), ('$x', {'x': 'm'}, {'x': 'k'}), ('$é', {}, {}), ('$_a1_ $A', {'_a1_': 1, 'A': 2}, {})]:
    for meth in ('substitute', 'safe_substitute'):
        try: print(repr(t), meth, repr(getattr(Template(t), meth)(m, **kw)))
        except Exception as e: print(repr(t), meth, type(e).__name__, e)
    print(Template(t).get_identifiers(), Template(t).is_valid())
print(Template('$a $b').substitute(a=1, b=[2]), Template('x').template)
class P(Template): delimiter = '%'
print(P('%who %% %{x}').safe_substitute(who='me'))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.capwords('hELLO wORLD'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.whitespace), repr(string.printable))
class MyF(Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, '<%s>' % key) if isinstance(key, str) else super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
print(MyF().format('{name} and {missing} {0}', 7, name='N'))
try:
    Template("$missing").substitute({})
except KeyError as e:
    print("KeyError:", e)
try:
    Template("${a}").substitute()
except KeyError as e:
    print("KeyError:", e)
print(Template("$a-$b").safe_substitute({"a": 1}), Template.delimiter)
print(Formatter().vformat("{0}-{x}", (1,), {"x": 2}))
print(Formatter().convert_field(1, "r"), Formatter().format_field(3.5, "08.3f"))
print(Formatter().get_field("0.imag", [2j], {}), Formatter().get_value("k", (), {"k": 9}))
try:
    Formatter().format("{0:{1:{2:{3}}}}", 1, 2, 3, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    Formatter().convert_field(1, "z")
except ValueError as e:
    print("ValueError:", e)
