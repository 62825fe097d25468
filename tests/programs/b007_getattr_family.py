# __getattr__ fallback only for missing attributes, __getattribute__ intercepting everything, __setattr__/__delattr__ hooks, object.__setattr__
class Fallback:
    existing = 'real'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError('no attribute %r here' % name)
f = Fallback()
print(f.existing, f.dyn_hello, getattr(f, 'dyn_x'), hasattr(f, 'dyn_y'), hasattr(f, 'other'))
try:
    f.other
except AttributeError as e:
    print('AttributeError:', e)
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set %s=%r' % (name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
    def method(self):
        return 'method result'
lg = Logged()
lg.x = 1
lg.x += 1
print(lg.x, lg.method())
del lg.x
print(lg.log)
try:
    lg.x
except AttributeError as e:
    print('AttributeError:', e)
class Both:
    def __getattribute__(self, name):
        if name == 'magic':
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'getattr fallback for ' + name
b = Both()
b.real = 'real value'
print(b.real, b.magic, b.unknown)
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError("can't set %r on frozen instance" % name)
    def __delattr__(self, name):
        raise AttributeError("can't delete %r" % name)
fr = Frozen(a=1, b=2)
print(fr.a, fr.b)
for action in [lambda: setattr(fr, 'a', 5), lambda: delattr(fr, 'b')]:
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
px = Proxy([3, 1, 2])
px.append(0)
px.sort()
print(px._target, px.count(1), px.index(3))
try:
    len(px)
except TypeError as e:
    print('TypeError:', e)
print(getattr(5, 'real'), getattr('s', 'upper')(), setattr(f, 'new', 9), f.new, delattr(f, 'new'), hasattr(f, 'new'))
for bad in [lambda: getattr(f, 5), lambda: setattr(f, 1, 1), lambda: getattr(f, 'nope'), lambda: delattr(f, 'nope')]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class Recorder:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
r = Recorder()
r.n = 21
r.s = 'text'
print(r.n, r.s, vars(r))
class ClassLevel:
    def __getattr__(self, name):
        return 'instance-only fallback'
try:
    ClassLevel.something
except AttributeError as e:
    print('AttributeError:', e)
print(ClassLevel().something)
