# __build_class__, exec() and eval() accept any function or code object: a
# generator's code makes a generator, parameters must be bound.


def gen():
    yield 1


def takes_arguments(a, b=2, *rest, keyword, **extra):
    return a


def with_cells():
    x = 1

    def inner():
        return x
    return inner


def show(result):
    return type(result).__name__


for code in (gen.__code__, takes_arguments.__code__, with_cells.__code__):
    for runner in (exec, eval):
        try:
            print(runner.__name__, code.co_name, show(runner(code)))
        except TypeError as e:
            print(runner.__name__, code.co_name, 'TypeError:', e)

for body in (gen, takes_arguments, with_cells):
    try:
        C = __build_class__(body, 'C')
        print(body.__name__, C.__name__, sorted(k for k in C.__dict__ if not k.startswith('__')))
    except TypeError as e:
        print(body.__name__, 'TypeError:', e)
for bad in [(len, 'C'), (gen, 5), (gen,)]:
    try:
        __build_class__(*bad)
    except TypeError as e:
        print(e)
