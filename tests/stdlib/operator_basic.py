# SPDX-License-Identifier: GPL-3.0-or-later
# operator: the operator functions, itemgetter/attrgetter/methodcaller, errors.
import operator as o
print(o.__all__)
for f,a in [(o.concat,(1,2)),(o.concat,([1],(2,))),(o.concat,({},{})),(o.indexOf,([1],2)),(o.countOf,([1,1,2],1)),(o.length_hint,(iter([1,2]),)),(o.length_hint,(3,'a')),(o.index,('a',)),(o.index,(2.0,)),(o.itemgetter,()),(o.attrgetter,()),(o.attrgetter,(1,)),(o.methodcaller,()),(o.methodcaller,(1,)), (o.itemgetter(1), ()), (o.itemgetter(1),([1,2],[3])),(o.call,(len,[1])),(o.iconcat,([1],(2,))), (o.index, (True,)), (o.length_hint, ([1,2,3],)), (o.length_hint, (5, 7)), (o.indexOf, ([3,4,5], 5))]:
  try: print(repr(f(*a)))
  except Exception as e: print(type(e).__name__, e)
print(o.itemgetter(1,2)([1,2,3]), repr(o.itemgetter('a')), o.attrgetter('real','imag')(3), repr(o.attrgetter('a.b', 'c')))
print(repr(o.methodcaller('f')), repr(o.methodcaller('f', 1, 'x', k=[2])))
try: o.itemgetter(1)(x=1)
except Exception as e: print(e)
try: o.methodcaller('f')(1,2)
except Exception as e: print(e)
try: o.attrgetter('x')(1)
except Exception as e: print(e)
try: o.attrgetter('x.')(1)
except Exception as e: print(e)
class L:
  def __length_hint__(self): return -1
try: o.length_hint(L())
except Exception as e: print(e)
print(o.add.__name__, o.__add__.__name__, o.__lt__.__name__, o.__not__.__name__, o.not_.__name__)
print(o.itemgetter(1).__reduce__(), o.attrgetter('a.b','c').__reduce__())
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(1, 4), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10), o.neg(3), o.pos(-3), o.inv(5), o.lshift(1, 4), o.rshift(16, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10), o.not_(0), o.truth([]), o.is_(None, None), o.is_not(1, None), o.abs(-2.5))
print(o.lt(1,2), o.le(2,2), o.eq(1,1.0), o.ne(1,2), o.ge(1,2), o.gt(3,2), o.contains([1,2], 2), o.getitem({'a': 1}, 'a'))
d = {}; o.setitem(d, 'k', 'v'); print(d); o.delitem(d, 'k'); print(d)
l = [1]; print(o.iadd(l, [2]) is l, l, o.iadd(1, 2), o.imul([0], 3), o.ior({1}, {2}))
print(sorted([(1,'b'),(0,'a'),(1,'a')], key=o.itemgetter(1, 0)))
print(o.methodcaller('split', ',', maxsplit=1)('a,b,c'))
class P:
    class Q: z = 5
    y = Q()
print(o.attrgetter('y.z')(P()), o.attrgetter('y.z', 'y')(P())[0])
print(o.itemgetter(slice(1, None))('hello'))
import functools
print(functools.reduce(o.add, range(10)))
