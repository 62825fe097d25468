# introspection: type() with three arguments, vars(), dir() filtered, __dict__ of classes (filtered), isinstance/issubclass with tuples, __name__/__qualname__/__module__
def method(self):
    return 'dynamic method, x=%r' % self.x
Dyn = type('Dyn', (object,), {'x': 10, 'method': method, '__repr__': lambda self: '<Dyn>'})
d = Dyn()
print(Dyn.__name__, d.x, d.method(), repr(d), type(d) is Dyn, Dyn.__bases__)
Sub = type('Sub', (Dyn,), {'x': 20})
print(Sub().method(), [c.__name__ for c in Sub.__mro__], issubclass(Sub, Dyn))
print(type(5) is int, type(Dyn) is type, type(type) is type)
class Sample:
    cls_attr = 1
    def __init__(self):
        self.inst_a = 'a'
        self.inst_b = [1]
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
    class Nested:
        pass
s = Sample()
print(vars(s), s.__dict__ is vars(s))
print([n for n in dir(s) if not n.startswith('__')])
print([n for n in dir(Sample) if not n.startswith('__')])
print([n for n in Sample.__dict__ if not n.startswith('__')])
print(Sample.__name__, Sample.__qualname__, Sample.Nested.__qualname__, Sample.m.__qualname__, Sample.__module__, __name__)
def outer():
    class Local:
        def meth(self):
            pass
    return Local
L = outer()
print(L.__name__, L.__qualname__, L.meth.__qualname__)
print(isinstance(s, (int, Sample)), isinstance(s, (int, str)), issubclass(Sample, (Dyn, object)), issubclass(Sub, (int, (str, Dyn))))
print(hasattr(s, 'inst_a'), hasattr(s, 'p'), hasattr(Sample, 'inst_a'), getattr(Sample, 'cls_attr'), callable(Sample), callable(s))
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', (5,), {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('a', 'b')
except TypeError as e:
    print('TypeError:', e)
print(type(s).__name__, s.__class__.__name__, s.__class__.__class__.__name__, Sample.__class__.__name__)
s.__class__ = type('Other', (), {'m': lambda self: 'swapped class'})
print(type(s).__name__, s.m(), s.inst_a)
print(sorted(k for k in vars(Sample) if not k.startswith('_')))
print('__init__' in dir(Sample), '__dict__' in dir(s), 'inst_a' in dir(s), len([n for n in dir(object) if n == '__repr__']))
attrs = {}
for name in ['alpha', 'beta']:
    attrs[name] = name.upper()
attrs['describe'] = lambda self: ', '.join('%s=%s' % (k, getattr(self, k)) for k in ['alpha', 'beta'])
Built = type('Built', (), attrs)
print(Built().describe(), Built.alpha)
