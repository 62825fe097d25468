# sys module basics: argv, path is a list of str, modules contains sys and __main__, maxsize, version string, recursion limit get/set, stdout.write return
import sys
print(sys.argv[1:], isinstance(sys.argv, list), sys.argv[0].split('/')[-1] == 'b034_sys_module.py')
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print('sys' in sys.modules, '__main__' in sys.modules, sys.modules['sys'] is sys, sys.modules['__main__'].__name__)
print(sys.maxsize, sys.maxsize + 1 == 2 ** 63, type(sys.maxsize).__name__)
print(sys.version.startswith('3.'), sys.version_info[0], sys.version_info >= (3, 0), sys.version_info.major)
print(sys.byteorder in ('little', 'big'), sys.platform != '', type(sys.float_info.max).__name__, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit > 0, sys.maxunicode, hasattr(sys, 'exit'), callable(sys.exit))
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 100)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
def depth(n):
    return depth(n + 1) if n < 10000 else n
try:
    depth(0)
except RecursionError as e:
    print('RecursionError:', e)
def limited(n):
    return 0 if n == 0 else 1 + limited(n - 1)
print(limited(150))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, limited(500))
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    sys.setrecursionlimit('x')
except TypeError as e:
    print('TypeError:', e)
n = sys.stdout.write('abc\n')
print(n, sys.stdout.write(''), sys.stdout.write('x\ty\n'))
print(sys.stdout is sys.__stdout__, hasattr(sys.stderr, 'write'), sys.stdin is None or hasattr(sys.stdin, 'read'))
sys.stdout.write('line without print\n')
print(sys.exc_info())
try:
    raise KeyError('inside')
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None, sys.exception() if hasattr(sys, 'exception') else repr(ev))
print(sys.exc_info() == (None, None, None))
