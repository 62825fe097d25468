# PEP 563: under `from __future__ import annotations` every annotation is
# kept unevaluated, as source text normalized the way CPython writes it.
from __future__ import annotations
import sys

def f(a: int, b: List[int], c: Dict[str, Tuple[int, ...]] = None, *args: str, d: 'quoted' = 1,
      **kw: Callable[[int, str], None]) -> Optional[int | None]:
    pass
print(f.__annotations__)

class C:
    x: int
    y: List[C] = []
    z: (a + b) * c - d ** -e ** f
    w: lambda x, /, y=1, *z, k, **kw: x if y else z
    v: not a and b or c
    u: a < b <= c is not d not in e
    t: [1, 2.5, 1e309, 2j, 1.5j, -3, 0xFF, 10**30, b'x\n', u'y', "it's", None, True, ...]
    s: {1: 2, **m, 3: {4, 5}}
    r: x[1:2, ::3, a:b:c]
    q: x.y.z(1, *a, k=2, **kw)(w for w in v if w)
    p: f"{a!r:>{width}} {b}"
    o: (1,) + () + (a, b)
    n: [x async for x in y] + {k: v for k, v in z} + {s for s in t}
    m: await x
    l: 1 .real
    k: ~x + -y + +z
    j: (yield) 
    i: x[()] , y
    h: a if b else (c if d else e)
    g: (a := 1)
    e2: {*()}
    d2: x[a, b][c,]
    c2: "a" "b"
print(C.__annotations__)
print(sys.modules[__name__].__annotations__ if hasattr(sys.modules[__name__], '__annotations__') else None)
x: undefined_name = 5
y.attr: also_undefined = 1 if False else None
print(__annotations__)
