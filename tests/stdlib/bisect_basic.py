# SPDX-License-Identifier: GPL-3.0-or-later
# bisect: both sides, lo/hi bounds, key=, insort, argument errors.
import bisect
for args in [([1,2],3,-1), ([1,2],3,0,5), ((1,2,3),2), (None, 1), ([1,2],3,'a'), ([1,2,2,3],2,1,None), ([1,2,2,3],2,0,-1), ([1,2,2,3],2,0,-3), ([1,2,2,3], 2, True)]:
  for f in (bisect.bisect_left, bisect.bisect_right, bisect.insort):
    try: print(f(*args))
    except Exception as e: print(type(e).__name__, e)
print(bisect.bisect_left([1,2,3], 2, key=lambda x:x), bisect.bisect([1,2],1, hi=None))
a = [('a', 1), ('b', 5), ('c', 9)]
bisect.insort(a, ('x', 5), key=lambda t: t[1]); print(a)
bisect.insort_left(a, ('y', 5), key=lambda t: t[1]); print(a)
print(bisect.bisect_right(a, 5, key=lambda t: t[1]), bisect.bisect_left(a, 5, key=lambda t: t[1]))
print(bisect.bisect.__name__, bisect.insort.__name__)
grades = [60, 70, 80, 90]
print([ 'FDCBA'[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]: bisect.insort(l, x)
print(l)
