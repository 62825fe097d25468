# if/elif/else chains, while/for with else, break/continue in nested loops, pass, loop variable after loop, for over mutating targets
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0:
        if n > 100:
            return 'big even'
        return 'even'
    else:
        pass
    return 'odd'
print([classify(n) for n in (-5, 0, 4, 7, 200)])
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=' ')
print()
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print('w', i, end=';')
else:
    print(' while-else ran, i =', i)
i = 0
while True:
    i += 1
    if i > 3:
        break
else:
    print('never')
print('after break i =', i)
for x in []:
    print('never')
else:
    print('empty for-else')
found = None
for row in range(3):
    for col in range(3):
        if row * col == 2:
            found = (row, col)
            break
        if col > row:
            continue
        print('visit', row, col)
    else:
        print('row', row, 'finished')
        continue
    print('broke out at row', row)
    break
print('found', found)
for k in range(3):
    pass
print('k after loop', k)
for q in range(0):
    pass
try:
    print(q)
except NameError as e:
    print('NameError:', e)
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
total = 0
for a, b in [(1, 2), (3, 4)]:
    for c in (a, b):
        if c == 3:
            continue
        total += c
print('total', total)
count = 0
while count < 100:
    count += 7
    if count % 5 == 0:
        print('multiple of 5 and 7:', count)
        break
else:
    print('no break')
for i in range(3):
    for j in range(3):
        for k in range(3):
            if i + j + k == 4:
                break
        else:
            continue
        break
    else:
        continue
    break
print('triple', i, j, k)
items = [1, 2, 3]
for it in items:
    if it == 2:
        items = ['replaced']
    print('item', it)
print(items)
if []: print('no')
elif {}: print('no')
else: print('one-line else')
while False: pass
print('done')
