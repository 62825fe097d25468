# SPDX-License-Identifier: GPL-3.0-or-later
# itertools: CPython's argument errors and reprs.
import itertools as it, sys
def clean(text):
    # Object addresses differ between runs: they are left out.
    while ' at 0x' in text:
        start = text.index(' at 0x')
        end = start + 6
        while end < len(text) and text[end] in '0123456789abcdef':
            end += 1
        text = text[:start] + text[end:]
    return text
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", clean(repr(r)))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
for e in ["it.count()", "it.count(1, 2, 3)", "it.count('a')", "it.count(1, 'a')", "it.count(start=2, step=3)", "it.count(2.5)", "it.count(1, 0.5)", "it.count(x=1)",
 "it.cycle()", "it.cycle(1)", "it.cycle([1], 2)", "it.cycle(iterable=[1])",
 "it.repeat()", "it.repeat(1, 'a')", "it.repeat(1, -1)", "it.repeat(1, 2, 3)", "it.repeat(object=1, times=2)", "it.repeat('a', times=-5)", "it.repeat(1, 2.0)",
 "it.accumulate()", "it.accumulate(1)", "it.accumulate([1], 2, 3, 4)", "it.accumulate([1,2], initial=5)", "it.accumulate([1,2], None, initial=5)", "it.accumulate(iterable=[1])", "it.accumulate([1], x=1)",
 "it.chain(1)", "it.chain([1], x=2)", "it.chain.from_iterable()", "it.chain.from_iterable(1)",
 "it.compress()", "it.compress([1])", "it.compress(1, [1])", "it.compress([1], 1)", "it.compress(data=[1], selectors=[1])",
 "it.dropwhile()", "it.dropwhile(len)", "it.dropwhile(len, 1)", "it.dropwhile(len, [1], x=1)",
 "it.takewhile(len)", "it.filterfalse(len)", "it.filterfalse(None, 1)",
 "it.groupby()", "it.groupby(1)", "it.groupby([1], 2, 3)", "it.groupby(iterable=[1], key=None)",
 "it.islice()", "it.islice([1])", "it.islice([1], -1)", "it.islice([1], 'a')", "it.islice([1], 1, 2, 0)", "it.islice([1], 1, 2, 3, 4)", "it.islice(1, 2)", "it.islice([1], None)", "it.islice([1], 1.5)", "it.islice([1], 0, -1)", "it.islice([1], 1, 2, -1)", "it.islice([1], stop=1)", "it.islice([1], None, None, None)",
 "it.pairwise()", "it.pairwise(1)", "it.pairwise([1], 2)",
 "it.starmap()", "it.starmap(len)", "it.starmap(len, 1)", "list(it.starmap(len, [1]))",
 "it.tee()", "it.tee(1)", "it.tee([1], -1)", "it.tee([1], 'a')", "it.tee([1], 0)", "it.tee([1], 1, 2)",
 "it.zip_longest(1)", "it.zip_longest([1], x=1)", "it.zip_longest([1], fillvalue=1, x=2)",
 "it.product(1)", "it.product([1], repeat=-1)", "it.product([1], repeat='a')", "it.product([1], x=1)", "list(it.product([1,2], repeat=0))",
 "it.permutations()", "it.permutations(1)", "it.permutations([1], -1)", "it.permutations([1], 'a')", "list(it.permutations([1,2], None))", "it.permutations([1],1,2)",
 "it.combinations([1])", "it.combinations([1], -1)", "it.combinations(1, 2)", "list(it.combinations([1,2],3))", "it.combinations(iterable=[1], r=1)",
 "it.combinations_with_replacement([1])", "it.combinations_with_replacement([1], -1)", "list(it.combinations_with_replacement([], 2))", "list(it.combinations_with_replacement([], 0))",
 "list(it.accumulate([1,2,3], initial=None))", "list(it.accumulate([], initial=1))", "list(it.accumulate('abc'))",
 "next(it.islice([1],0))", "list(it.islice(range(10), 2, None, 3))", "list(it.islice(range(10), None, 5))",
 "it.count(1) == it.count(1)", "type(it.count(1)).__name__", "it.count(1).__class__.__module__",
 "it.count(5)", "it.count(5, 2)", "it.count(5.0)", "it.count(5, 1.0)", "it.count(-1, -1)", "it.count(2**70)", "it.count(1, 2**70)", "it.count(0, 1)", "it.count(step=2)",
 "it.repeat(1)", "it.repeat(1, 3)", "it.repeat('a', 0)", "it.repeat([1], -3)",
 "it.islice([1],1)", "it.chain()", "it.tee([1])", "it.zip_longest()", "it.groupby([1])",
 "list(it.zip_longest([1,2],[3], fillvalue='x'))", "list(it.zip_longest())",
 "list(it.product())", "list(it.product('ab', range(2)))", "list(it.permutations('abc', 2))", "list(it.combinations('abcd', 2))",
 "list(it.permutations([], 0))", "list(it.permutations([1], 2))", "list(it.combinations([], 0))",
 "it.islice([1], 2**70)", "it.islice([1], sys.maxsize + 1)", "it.tee([1], 2**70)", "it.repeat(1, 2**70)", "list(it.repeat(1, 0))",
 "it.count(1, step=1.5)", "it.count(1+2j)", "it.count(1, 1j)", "it.count(True)", "next(it.count(True))",
 "[list(g) for k, g in it.groupby('aabbbc')]", "[k for k, g in it.groupby('aabbbc')]",
]:
    t(e)

