# SPDX-License-Identifier: GPL-3.0-or-later
# Random patterns and subjects from a fixed seed (the same under CPython, whose
# random pyvm reproduces): search, findall, sub and split must agree.
import random, re
rnd = random.Random(7)
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', '\\w', '\\b', '^', '$', '(?:a|b)', 'a?', '\\d']
def gen(depth=0):
    n = rnd.randint(1, 4)
    out = ''
    for _ in range(n):
        r = rnd.random()
        if r < 0.15 and depth < 3:
            out += '(' + gen(depth + 1) + ')'
        elif r < 0.22 and depth < 3:
            out += '(?:' + gen(depth + 1) + '|' + gen(depth + 1) + ')'
        elif r < 0.26 and depth < 3:
            out += '(?=' + gen(depth + 1) + ')'
        elif r < 0.29 and depth < 3:
            out += '(?>' + gen(depth + 1) + ')'
        else:
            out += rnd.choice(atoms)
        q = rnd.random()
        if q < 0.12: out += '*'
        elif q < 0.2: out += '+'
        elif q < 0.25: out += '?'
        elif q < 0.28: out += '{1,2}'
        elif q < 0.3: out += '*?'
        elif q < 0.32: out += '+?'
        elif q < 0.33: out += '{2}'
    return out
for i in range(400):
    p = gen()
    s = ''.join(rnd.choice('abc 1') for _ in range(rnd.randint(0, 8)))
    try:
        c = re.compile(p)
    except re.error as e:
        print(i, repr(p), 'error', e); continue
    m = c.search(s)
    print(i, repr(p), repr(s), m and (m.span(), m.groups()), c.findall(s), c.sub('-', s), c.split(s))
