# built-in exception hierarchy: catching by base classes, args/str/repr of exceptions with 0/1/many args, exception attributes
cases = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (KeyError, LookupError), (IndexError, LookupError),
         (UnboundLocalError, NameError), (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
         (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (StopIteration, Exception), (AssertionError, Exception),
         (UnicodeError, ValueError), (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
         (TypeError, Exception), (AttributeError, Exception), (Exception, BaseException)]
for sub, base in cases:
    try:
        raise sub('m')
    except base as e:
        print(sub.__name__, 'caught by', base.__name__, issubclass(sub, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__], [c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__], [c.__name__ for c in ModuleNotFoundError.__mro__])
for args in [(), ('one',), ('a', 'b'), (1, [2], None), ('',), (None,)]:
    e = ValueError(*args)
    print(repr(e), '|', str(e), '|', e.args, '|', len(e.args))
k = KeyError('key')
print(str(k), repr(k), str(KeyError()), str(KeyError('a', 'b')), str(KeyError(1)))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value, repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
print(repr(Exception('x', 1)), str(Exception('x', 1)), repr(BaseException()), str(RuntimeError('é')))
print(repr(OSError(2, 'No such file')), str(OSError(2, 'No such file')), OSError(2, 'x').errno, OSError(2, 'x').strerror)
try:
    [].pop()
except Exception as e:
    print(type(e).__name__, e.args, type(e).__mro__[1].__name__)
try:
    {}['q']
except LookupError as e:
    print(type(e).__name__, e.args, isinstance(e, KeyError))
try:
    2 ** 10000 * 1.0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    int('q')
except Exception as e:
    print(type(e).__name__, e.args)
e = ValueError('mutable args')
e.args = ('changed', 2)
print(str(e), repr(e))
e = TypeError('with attribute')
e.custom = 'extra'
print(e.custom, str(e))
errs = []
for f in [lambda: 1 / 0, lambda: [][0], lambda: {}[0], lambda: int('x'), lambda: None.x, lambda: undefined]:
    try:
        f()
    except (ArithmeticError, LookupError) as e:
        errs.append('A/L:' + type(e).__name__)
    except (ValueError, AttributeError, NameError) as e:
        errs.append('V/A/N:' + type(e).__name__)
print(errs)
try:
    raise KeyboardInterrupt
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
print(isinstance(StopIteration(), Exception), isinstance(GeneratorExit(), Exception), issubclass(BaseException, object))
