# The native deque against a list model: thousands of seeded random
# operations (both ends, the middle, rotations, growth and shrinkage of the
# ring, bounded deques), checked after each one.
import random
from collections import deque


def check(d, model, maxlen, step):
    if list(d) != model or len(d) != len(model):
        raise SystemExit(f'mismatch at step {step}: {list(d)} != {model}')
    if model and (d[0] != model[0] or d[-1] != model[-1] or d[len(model) // 2] != model[len(model) // 2]):
        raise SystemExit(f'index mismatch at step {step}')
    if list(reversed(d)) != model[::-1]:
        raise SystemExit(f'reversed mismatch at step {step}')


def trim_left(model, maxlen):
    while maxlen is not None and len(model) > maxlen:
        del model[0]


def trim_right(model, maxlen):
    while maxlen is not None and len(model) > maxlen:
        model.pop()


def run(seed, maxlen, steps):
    rng = random.Random(seed)
    d = deque(maxlen=maxlen)
    model = []
    counter = 0
    for step in range(steps):
        op = rng.randrange(12)
        counter += 1
        if op <= 1:
            d.append(counter)
            model.append(counter)
            trim_left(model, maxlen)
        elif op <= 3:
            d.appendleft(counter)
            model.insert(0, counter)
            trim_right(model, maxlen)
        elif op == 4 and model:
            assert d.pop() == model.pop()
        elif op == 5 and model:
            assert d.popleft() == model.pop(0)
        elif op == 6:
            n = rng.randrange(-40, 41)
            d.rotate(n)
            if model:
                k = n % len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 7 and model and (maxlen is None or len(model) < maxlen):
            i = rng.randrange(-len(model) - 2, len(model) + 2)
            d.insert(i, -counter)
            model.insert(i, -counter)
        elif op == 8 and model:
            i = rng.randrange(len(model))
            del d[i]
            del model[i]
        elif op == 9:
            items = [counter * 100 + j for j in range(rng.randrange(30))]
            if rng.random() < 0.5:
                d.extend(items)
                model.extend(items)
                trim_left(model, maxlen)
            else:
                d.extendleft(items)
                model[:0] = items[::-1]
                trim_right(model, maxlen)
        elif op == 10 and model:
            value = rng.choice(model)
            d.remove(value)
            model.remove(value)
        elif op == 11 and rng.random() < 0.05:
            d.reverse()
            model.reverse()
        check(d, model, maxlen, step)
    return d, model


for seed, maxlen, steps in [(1, None, 3000), (2, 5, 2000), (3, 64, 2000), (4, 1, 500), (5, 0, 200)]:
    d, model = run(seed, maxlen, steps)
    print(seed, maxlen, len(d), sum(d), list(d)[:5])
# Growth to many items and back (the ring shrinks as it empties).
d = deque()
for i in range(100000):
    d.append(i) if i % 3 else d.appendleft(i)
total = 0
while d:
    total += d.pop() if len(d) % 2 else d.popleft()
print(total, len(d))
