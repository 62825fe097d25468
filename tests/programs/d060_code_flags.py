# co_flags reports CPython's CO_* bits: OPTIMIZED | NEWLOCALS for every
# function body (def, lambda, comprehension, generator expression), NESTED
# inside another function, VARARGS, VARKEYWORDS, GENERATOR; 0 for module
# and class bodies.
import sys

NAMES = {0x1: 'OPTIMIZED', 0x2: 'NEWLOCALS', 0x4: 'VARARGS', 0x8: 'VARKEYWORDS',
         0x10: 'NESTED', 0x20: 'GENERATOR', 0x80: 'COROUTINE', 0x100: 'ITERABLE_COROUTINE',
         0x200: 'ASYNC_GENERATOR'}


def show(label, code):
    flags = code.co_flags
    words = [name for bit, name in NAMES.items() if flags & bit]
    print(f'{label:24} {hex(flags):6} {" | ".join(words) or "-"}')


show('module', sys._getframe().f_code)


def plain(a, b=1):
    return a + b


def star(*args):
    return args


def stars(a, *args, key=None, **options):
    return options


def docstring():
    "Has a docstring."


def generator():
    yield 1


def returns_frame():
    return sys._getframe().f_code


show('plain', plain.__code__)
show('star', star.__code__)
show('stars', stars.__code__)
show('docstring', docstring.__code__)
show('generator', generator.__code__)
show('lambda', (lambda x: x).__code__)
show('lambda *a, **k', (lambda *a, **k: a).__code__)
show('listcomp', [sys._getframe().f_code for _ in (1,)][0])
show('setcomp', {sys._getframe().f_code for _ in (1,)}.pop())
show('dictcomp', {1: sys._getframe().f_code for _ in (1,)}[1])
show('genexpr', (x for x in ()).gi_code)


class Module:
    show('class body', sys._getframe().f_code)

    def method(self, /, a, *, b):
        return a

    @staticmethod
    def static(*args):
        return args


show('method', Module.method.__code__)
show('staticmethod', Module.static.__code__)


def outer(value):
    def inner():
        return value

    def inner_generator():
        yield value

    class Local:
        show('class in function', sys._getframe().f_code)

        def method(self):
            return [y for y in (1,)]

    show('inner', inner.__code__)
    show('inner generator', inner_generator.__code__)
    show('method of local class', Local.method.__code__)
    show('lambda in function', (lambda: value).__code__)
    show('listcomp in function', [sys._getframe().f_code for _ in (1,)][0])
    show('genexpr in function', (x for x in ()).gi_code)
    show('outer (running)', sys._getframe().f_code)
    return inner


show('outer', outer.__code__)
outer(1)
print(outer(2).__code__.co_flags == 0x13)
print(type(plain.__code__.co_flags).__name__)

# dis.code_info names co_flags's bits as CPython's dis.pretty_flags does.
import dis

for code in (stars.__code__, outer(3).__code__, Module.method.__code__, 'x = 1'):
    print([line for line in dis.code_info(code).splitlines() if line.startswith('Flags')])
