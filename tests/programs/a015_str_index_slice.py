# string indexing with negative indices and slicing with every step sign, omitted bounds, out-of-range bounds, and index errors
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10], s[3], s[-4])
for i in (10, -11, 100):
    try:
        s[i]
    except IndexError as e:
        print('IndexError:', e)
starts = [None, 0, 3, -3, 12, -12]
stops = [None, 0, 7, -2, 15, -15]
steps = [None, 1, 2, 3, -1, -2, -4]
for step in steps:
    out = []
    for start in starts:
        for stop in stops:
            out.append(s[start:stop:step] or '.')
    print(step, ' '.join(out))
print(s[::-1], s[::11], s[::-11], s[5:5], s[7:2], s[-1:-2], s[-2:-1], s[:-100], s[100:])
print(s[1:-1:3], s[-1:0:-3], s[len(s):0:-1], s[True:3], s[2 ** 80:], s[-2 ** 80:2])
try:
    s[::0]
except ValueError as e:
    print('ValueError:', e)
try:
    s['1']
except TypeError as e:
    print('TypeError:', e)
try:
    s[1.0]
except TypeError as e:
    print('TypeError:', e)
try:
    s[1:2.5]
except TypeError as e:
    print('TypeError:', e)
print(''[:], ''[::-1], ''[5:], 'x'[0], 'x'[-1], 'xy'[1:], 'xy'[:-1], 'é'[0], '日本語'[::-1], '日本語'[1])
u = 'héllo wörld ★'
print(len(u), u[1], u[-1], u[7:12], u[::2], u.upper())
try:
    ''[0]
except IndexError as e:
    print('IndexError:', e)
print(s[slice(2, 8, 2)], s[slice(None, None, -3)], s[slice(4)], s[slice(-3, None)])
word = 'racecar'
print(word == word[::-1], 'python'[::-1], 'python'[-3:], 'python'[:3] + 'python'[3:])
for i in range(-3, 3):
    print(i, 'abc'[i], 'abc'[:i], 'abc'[i:])
