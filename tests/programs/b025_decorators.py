# decorators: simple wrappers, with arguments, stacked (application order), preserving attributes by hand, class decorators, decorator returning non-callables
calls = []
def log(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = 'logged_' + fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@log
def add(a, b):
    """adds"""
    return a + b
print(add(1, 2), add(b=3, a=4), add.__name__, add.__doc__, calls)
def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return 'hi ' + name
print(greet('bo'))
order = []
def tag(label):
    print('creating decorator', label)
    def deco(fn):
        print('applying', label)
        def wrapper():
            order.append(label)
            return '<%s>%s</%s>' % (label, fn(), label)
        return wrapper
    return deco
@tag('b')
@tag('i')
def text():
    return 'x'
print(text(), order)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return 'started'
@register(handlers)
def on_stop():
    return 'stopped'
print(sorted(handlers), handlers['on_stop']())
def add_repr(cls):
    def __repr__(self):
        return '%s(%s)' % (cls.__name__, ', '.join('%s=%r' % kv for kv in vars(self).items()))
    cls.__repr__ = __repr__
    return cls
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), [Point(0, 'a')])
@singleton
class Config:
    def __init__(self, name):
        self.name = name
c1 = Config('first')
c2 = Config('second')
print(c1 is c2, c1.name, type(Config).__name__)
def constant(fn):
    return fn()
@constant
def VALUE():
    return 42
print(VALUE, type(VALUE).__name__)
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.count += 1
        return fn(*a, **k)
    wrapper.count = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.count)
class Validate:
    def __init__(self, *types):
        self.types = types
    def __call__(self, fn):
        def wrapper(*args):
            for a, t in zip(args, self.types):
                if not isinstance(a, t):
                    raise TypeError('%s: expected %s, got %s' % (fn.__name__, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
@Validate(int, str)
def describe(n, s):
    return s * n
print(describe(2, 'ab'))
try:
    describe('2', 'ab')
except TypeError as e:
    print('TypeError:', e)
class Service:
    @log
    def method(self, x):
        return x * 2
    @staticmethod
    @log
    def static(x):
        return -x
    @classmethod
    @log
    def cm(cls):
        return cls.__name__
print(Service().method(5), Service.static(3), Service.cm(), calls[-3:])
decorators = [repeat(2), log]
def apply_all(fn):
    for d in reversed(decorators):
        fn = d(fn)
    return fn
@apply_all
def hello():
    return 'hello'
print(hello(), calls[-2:])
@(lambda fn: lambda: fn().upper())
def shout():
    return 'quiet'
print(shout())
