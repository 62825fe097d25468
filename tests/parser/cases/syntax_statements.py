# Every statement form the parser accepts.
import os
import os.path as p, sys
from . import a
from .. import b as c
from ...pkg.mod import (d, e as f,)
from x import *
from .mod import g
x = 1
x = y = z = 2
a, b = 1, 2
a, *b = [1, 2, 3]
[a, (b, c)] = 1, (2, 3)
(a) = 1
(a, b), c = x
x.attr = 1
x[0] = 1
x[1:2] = [3]
f().a = 1
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 2; x **= 2
x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1; x @= m
x: int
x: int = 5
(y): int = 5
x.a: str
x[0]: float = 1.0
y: list = [3]
del x
del x, y,
del (a, b), [c], d.e, f[0]
pass
assert x
assert x, "message"
global gx, gy
if x:
    pass
elif y:
    pass
elif z:
    pass
else:
    pass
if x: pass
while x:
    break
else:
    continue
while True: x += 1; break
for i in range(10):
    pass
else:
    pass
for i, (j, k) in items: pass
for [i, *j] in items: pass
for x, in y: pass
for x in *a, b: pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* ValueError:
    pass
except *(TypeError, KeyError) as e:
    pass
else:
    pass
finally:
    pass
try: pass
except* A: pass
with a: pass
with a as b, c as (d, e), f: pass
with (a as b, c as d): pass
with (a, b): pass
with (a as b,): pass
with (open(f)) as g: pass
with a as [b, *c]: pass
raise
raise X
raise X from Y
def f(): return
def g(): return 1, 2
def h(): return *a, b
class A: pass
class B(A, metaclass=M, **kw): pass
class C(*bases): x = 1
@decorator
@decorator.attr(1)
@(lambda f: f)
class D:
    def method(self): pass
if x:
    # comment inside a block

    pass  # trailing comment
x = 1;
x = [
    1,
    2,
]
x = 1 + \
    2
def nested():
    def inner():
        nonlocal y
        return y
    y = 1
    return inner
