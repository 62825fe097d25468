# SPDX-License-Identifier: GPL-3.0-or-later
# heapq: pushes, pops, heapify, replace/pushpop, nlargest/nsmallest, merge, errors.
import heapq
random.seed if False else None
data = [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 11, -4]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
d = data[:]
heapq.heapify(d); print(d)
print(heapq.heapreplace(d, 4), d)
print(heapq.heappushpop(d, -10), d)
print(heapq.heappushpop(d, 100), d)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(3, data, key=lambda x: x % 5), heapq.nsmallest(4, data, key=lambda x: x % 5))
print(heapq.nlargest(1, data), heapq.nsmallest(1, []), heapq.nlargest(20, iter(data)))
print(list(heapq.merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7,5,3],[8,4,2],[6], reverse=True)))
print(list(heapq.merge([(1,'a'),(2,'b')],[(1,'c'),(2,'d')], key=lambda t:t[0])))
for f, a in [(heapq.heappush, (1,2)), (heapq.heappop, ([],)), (heapq.heappop, ((),)), (heapq.heapify, ((1,),)), (heapq.heapreplace, ([],1)), (heapq.heappushpop, ([],1)), (heapq.heappushpop, ((),1)), (heapq.nsmallest,(1, 3))]:
    try: print(f(*a))
    except Exception as e: print(type(e).__name__, e)

words = "the quick brown fox jumps over the lazy dog a b c".split()
for n in range(-1, 14):
    assert heapq.nsmallest(n, words, key=len) == sorted(words, key=len)[:max(n,0)], n
    assert heapq.nlargest(n, iter(words), key=len) == sorted(words, key=len, reverse=True)[:max(n,0)], n
print(heapq.__all__)
