# Code objects' attributes that do not depend on the bytecode: names,
# parameter counts, variable names, cells, frees, first lines.
import sys


def outer(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    y = [a]

    def inner(p, q=2):
        nonlocal x
        z = p + x + b
        return z

    return inner, lambda v, *, w=0: v + w + y[0]


def deco(function):
    return function


@deco
@deco
def decorated(
    first,
    second,
):
    "Decorated, over several lines."
    return first, second


class Shape:
    def area(self):
        return self.width * self.height

    @property
    def width(self):
        return 2


inner, lam = outer(1, 2, 3, d=4)
module = sys._getframe().f_code
for code in (outer.__code__, inner.__code__, lam.__code__, decorated.__code__,
             Shape.area.__code__, Shape.width.fget.__code__, module):
    print(code.co_name, code.co_qualname, code.co_filename.rsplit('/', 1)[-1], code.co_firstlineno)
    print('  argcount', code.co_argcount, 'posonly', code.co_posonlyargcount,
          'kwonly', code.co_kwonlyargcount, 'nlocals', code.co_nlocals)
    print('  varnames', code.co_varnames)
    print('  cellvars', code.co_cellvars, 'freevars', code.co_freevars)
    print('  names', code.co_names)
    print('  nlocals == len(varnames):', code.co_nlocals == len(code.co_varnames))

print('docstring in co_consts:', 'Decorated, over several lines.' in decorated.__code__.co_consts)
print([type(c).__name__ for c in outer.__code__.co_consts if hasattr(c, 'co_code')])
print(type(outer.__code__.co_code).__name__, type(outer.__code__.co_stacksize).__name__,
      outer.__code__.co_stacksize > 0)
print(outer.__code__.co_consts == outer.__code__.co_consts, type(module.co_consts).__name__)
