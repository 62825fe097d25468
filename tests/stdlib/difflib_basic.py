# difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk and
# popular items), ndiff with its "?" lines, unified and context diffs,
# restore, get_close_matches, and the argument errors.
import difflib
import random

SequenceMatcher = difflib.SequenceMatcher

m = SequenceMatcher(None, 'abxcd', 'abcd')
print(m.get_matching_blocks())
print(m.get_opcodes())
print(m.ratio(), m.quick_ratio(), m.real_quick_ratio())
print(m.find_longest_match(0, 5, 0, 4))
print(m.find_longest_match())
match = m.get_matching_blocks()[0]
print(match.a, match.b, match.size, match == (0, 0, 2), type(match).__name__)

m = SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;',
                    'private volatile Thread currentThread;')
print(round(m.ratio(), 3), m.get_opcodes())
m = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(m.find_longest_match(0, 5, 0, 9))
m = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(m.find_longest_match(0, 5, 0, 9))
m.set_seq1('qabxcd')
m.set_seq2('abycdf')
print(m.get_opcodes())
m.set_seqs([1, 2, 3], [1, 3])
print(m.get_opcodes(), m.ratio())
print(SequenceMatcher(None, '', '').ratio(), SequenceMatcher(None, '', '').get_opcodes())

# Popular items (autojunk) in a long b.
b = 'a' * 150 + 'b' * 100
m = SequenceMatcher(None, 'ab', b)
print(sorted(m.bpopular), m.get_matching_blocks())
m = SequenceMatcher(None, 'ab', b, autojunk=False)
print(sorted(m.bpopular), m.get_matching_blocks())
print(sorted(SequenceMatcher(str.isspace, 'a b', ' a  b').bjunk))

# Grouped opcodes (hunks).
a = [str(i) for i in range(30)]
b = a[:]
b[3] = 'x'
b[20:22] = []
print(list(SequenceMatcher(None, a, b).get_grouped_opcodes(2)))
print(list(SequenceMatcher(None, a, a).get_grouped_opcodes()))
print(list(SequenceMatcher(None, [], []).get_grouped_opcodes()))

# ndiff.
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])), end='')
print(''.join(difflib.ndiff(['\tabc def\n'], ['\tabd def\n'])), end='')
print(''.join(difflib.ndiff(['same\n', 'x\n'], ['y\n', 'same\n'])), end='')
print(list(difflib.ndiff(['a', 'b'], ['a', 'c'], linejunk=difflib.IS_LINE_JUNK)))
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print(type(e).__name__, e)
differ = difflib.Differ()
print(list(differ.compare(['abc\n'], ['abd\n'])))
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('x\n'))
print(difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))

# unified and context diffs.
before = ['a\n', 'b\n', 'c\n', 'd\n', 'e\n', 'f\n', 'g\n', 'h\n']
after = ['a\n', 'B\n', 'c\n', 'd\n', 'e\n', 'f\n', 'g\n', 'h\n', 'i\n']
print(''.join(difflib.unified_diff(before, after, 'before.txt', 'after.txt')), end='')
print(''.join(difflib.unified_diff(before, after, 'b', 'a', '2024-01-01', '2024-01-02', n=0)), end='')
print(''.join(difflib.context_diff(before, after, 'before.txt', 'after.txt')), end='')
print(''.join(difflib.context_diff(before, after[2:], n=1)), end='')
print(list(difflib.unified_diff(['x'], ['y'], lineterm='')))
print(list(difflib.unified_diff([], [])), list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))
for args in [([b'x'], ['y']), (['x'], [1]), (['x'], ['y'], 3)]:
    try:
        list(difflib.unified_diff(*args))
    except TypeError as e:
        print(type(e).__name__, e)

# get_close_matches.
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('lamda', keyword.kwlist, n=1, cutoff=0.5))
for n, cutoff in [(0, 0.6), (3, 1.5)]:
    try:
        difflib.get_close_matches('x', ['y'], n, cutoff)
    except ValueError as e:
        print(type(e).__name__, e)

# Many random comparisons.
rng = random.Random(7)
digest = []
for _ in range(150):
    a = [rng.choice('abcde') * rng.randint(1, 3) + '\n' for _ in range(rng.randint(0, 8))]
    b = [rng.choice('abcde') * rng.randint(1, 3) + '\n' for _ in range(rng.randint(0, 8))]
    digest.append(''.join(difflib.ndiff(a, b)))
    digest.append(''.join(difflib.unified_diff(a, b, n=rng.randint(0, 3))))
    s1 = ''.join(rng.choice('ab c') for _ in range(rng.randint(0, 30)))
    s2 = ''.join(rng.choice('ab c') for _ in range(rng.randint(0, 30)))
    sm = SequenceMatcher(None, s1, s2)
    digest.append(repr((sm.get_opcodes(), sm.ratio())))
text = '\n'.join(digest)
print(len(text), sum(map(ord, text)) % 1000003)
print(text[:400])
