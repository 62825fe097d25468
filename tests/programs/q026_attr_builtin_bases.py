# quickening: attribute sites over instances of built-in-based classes
# (exceptions, functions, int/str/tuple subclasses, namedtuples, dataclasses)
# mixed with plain instances
from collections import namedtuple
from dataclasses import dataclass

def get_code(o):
    try:
        return o.code
    except AttributeError as e:
        return 'AE ' + str(e)

class MyError(Exception):
    def __init__(self, code):
        super().__init__('boom %d' % code)
        self.code = code
class IntSub(int):
    pass
class StrSub(str):
    pass
class TupSub(tuple):
    pass
Point = namedtuple('Point', 'code other')
@dataclass
class DC:
    code: int
    other: str = 'o'
class Plain:
    def __init__(self, c):
        self.code = c
def func():
    pass
func.code = 'func.code'

i_s = IntSub(5); i_s.code = 'IntSub.code'
s_s = StrSub('s'); s_s.code = 'StrSub.code'
t_s = TupSub((1,)); t_s.code = 'TupSub.code'
objs = [MyError(1), i_s, s_s, t_s, Point(7, 8), DC(9), Plain(10), func, Plain(11)]
for k in range(100):
    for o in objs:
        get_code(o)
print([get_code(o) for o in objs])
for k, o in enumerate(objs):
    if isinstance(o, (Point,)):
        objs[k] = o._replace(code='replaced')
    else:
        o.code = 'set %d' % k
print([get_code(o) for o in objs])
del i_s.code, s_s.code, t_s.code, func.code
print([get_code(o) for o in objs])
try:
    objs[4].code = 1
except AttributeError as e:
    print('AttributeError:', e)

# exception attributes read at one site across raises
def catch(n):
    try:
        if n % 3 == 0:
            raise MyError(n)
        elif n % 3 == 1:
            raise KeyError(n)
        else:
            {}[n]
    except MyError as e:
        return ('MyError', e.code, e.args, str(e))
    except KeyError as e:
        return ('KeyError', e.args, getattr(e, 'code', None))
res = [catch(n) for n in range(120)]
print(res[:3], res[-3:])

# function attributes used as counters at a hot site
def counted():
    counted.calls += 1
    return counted.calls
counted.calls = 0
for k in range(150):
    counted()
print(counted.calls, counted.__name__, counted.__qualname__)
counted.__dict__.clear()
try:
    counted()
except AttributeError as e:
    print('AttributeError:', e)

# int/float methods through a site that also sees objects
def real(o):
    return o.real
class R:
    real = 'R.real'
vals = [1, 2.5, True, 2 ** 70, 1 + 2j, IntSub(3), R()]
out = []
for k in range(140):
    out.append(real(vals[k % len(vals)]))
print(out[-7:])
def bitlen(o):
    return o.bit_length()
print([bitlen(v) for v in (0, 1, 255, -256, 2 ** 70, True, IntSub(8))])
