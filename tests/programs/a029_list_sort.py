# sorted and list.sort: stability with keys, reverse keeps stability, key functions, mixed int/float, tuples, errors and mutation
people = [('ann', 30), ('bob', 25), ('cid', 30), ('dan', 25), ('eve', 35), ('fay', 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, reverse=True))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'Fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=lambda w: w[::-1]))
nums = [3, -1.5, 2, 0, -7, 2.0, 1e3, -0.0, 0.0, True, False]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [5, 2, 9, 1, 5, 6]
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda x: x % 3)
print(lst)
print(sorted('hello world'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)), sorted([]))
print(sorted([[2, 1], [1, 2, 3], [1, 2], [], [1]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
recs = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
for bad in [[1, 'a'], [(1, 2), (1, 'x')], [None, 1], [[1], (1,)], [{1}, {2}, 3]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print('TypeError:', e)
try:
    [3, 1].sort(lambda x: x)
except TypeError as e:
    print('TypeError:', e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print('TypeError:', e)
m = [3, 1, 2]
def bad_key(x):
    m.append(x)
    return x
try:
    m.sort(key=bad_key)
except ValueError as e:
    print('ValueError:', e)
print(m)
sets = [{1, 2}, {1}, {3}]
print(sorted(sets, key=len), sorted([1, 2, 3], key=lambda x: 0), sorted('bca', reverse=True))
evens_first = sorted(range(10), key=lambda x: (x % 2, -x))
print(evens_first)
data = [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
idx = sorted(range(len(data)), key=lambda i: data[i])
print(idx, [data[i] for i in idx])
print(sorted([-2, 1, -3, 4], key=abs, reverse=True), max(data), min(data), sorted(set(data)))
