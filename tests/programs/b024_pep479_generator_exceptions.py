# PEP 479: StopIteration raised inside a generator becomes RuntimeError; exceptions thrown through generators, generator state after errors
def leaks_stop():
    yield 1
    raise StopIteration('inside')
g = leaks_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__), '| context:', repr(e.__context__))
print(next(g, 'generator is dead'))
def next_on_exhausted():
    it = iter([])
    yield next(it)
try:
    list(next_on_exhausted())
except RuntimeError as e:
    print('RuntimeError:', e, type(e.__cause__).__name__)
def safe_next():
    it = iter([1])
    for _ in range(3):
        v = next(it, None)
        if v is None:
            return
        yield v
print(list(safe_next()))
def genexp_stop():
    return list(next(iter([])) if x else x for x in [0, 1])
try:
    genexp_stop()
except RuntimeError as e:
    print('generator expression too:', e)
try:
    [next(iter([])) for x in [1]]
except StopIteration:
    print('list comprehension lets StopIteration through (not a generator)')
def raises_midway():
    yield 1
    raise ValueError('midway')
    yield 2
out = []
try:
    for v in raises_midway():
        out.append(v)
except ValueError as e:
    out.append(str(e))
print(out)
g = raises_midway()
next(g)
try:
    next(g)
except ValueError:
    pass
print('after error, generator is finished:', next(g, 'done'))
def handles_own():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield 'handled %r' % (e,)
print(list(handles_own()))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
def throw_stopiteration():
    yield 1
t = throw_stopiteration()
next(t)
try:
    t.throw(StopIteration('thrown in'))
except RuntimeError as e:
    print('thrown StopIteration also converted:', e)
def gen_finally_exc():
    try:
        yield 1
    finally:
        print('  finally runs while exception passes')
gfe = gen_finally_exc()
try:
    for v in gfe:
        raise LookupError('from loop body')
except LookupError as e:
    print('loop body exception:', e)
gfe.close()
def explicit_return():
    yield 'a'
    return 'fine'
print(list(explicit_return()))
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
def wrap():
    yield from It()
    yield 'after empty iterator'
print(list(wrap()))
