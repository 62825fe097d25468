# class-body scoping: methods can't see class names unqualified, comprehensions in class bodies see only the first iterable, class vars at definition time
x = 'global x'
class Scope:
    x = 'class x'
    y = x + ' (seen in class body)'
    def method(self):
        return x
    def method_qualified(self):
        return Scope.x, self.x
print(Scope.y, Scope().method(), Scope().method_qualified())
class Comp:
    factor = 10
    items = [1, 2, 3]
    scaled_first = [i for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        error = str(e)
    nested_ok = [[j for j in range(i)] for i in range(3)]
    pairs = [(a, b) for a in items for b in range(a)]
print(Comp.scaled_first, Comp.error, Comp.nested_ok, Comp.pairs)
class UsesGlobalInComp:
    limit = 2
    picked = [v for v in range(5) if v < 3]
print(UsesGlobalInComp.picked)
class Lambdas:
    v = 'class v'
    f = lambda self: v if False else 'lambda cannot see class v unqualified'
    g = lambda self: self.v
print(Lambdas().f(), Lambdas().g())
def func():
    v = 'function local'
    class Inner:
        v = 'inner class v'
        seen = v
        def get(self):
            return v
    return Inner.seen, Inner().get()
print(func())
def func2():
    w = 'enclosing w'
    class Inner:
        got = w
        w = 'class w'
        after = w
    return Inner.got, Inner.after, w
try:
    print(func2())
except NameError as e:
    print('NameError (class body assigns w, so it is looked up in class/global/builtins only):', e)
def func3():
    w = 'enclosing w'
    class Inner:
        got = w
    return Inner.got
print(func3())
class Counter:
    count = 0
    def inc(self):
        self.count += 1
        return self.count
c1, c2 = Counter(), Counter()
print(c1.inc(), c1.inc(), c2.inc(), Counter.count)
class Order:
    log = []
    log.append('body start')
    def a(self):
        pass
    log.append('after a')
    class Nested:
        Order_log_visible = 'log' in dir()
    log.append('end')
print(Order.log, Order.Nested.Order_log_visible)
class DictComp:
    keys = 'abc'
    mapping = {k: i for i, k in enumerate(keys)}
    gen_sum = sum(len(k) for k in keys)
print(DictComp.mapping, DictComp.gen_sum)
class ClassVarShadow:
    len = 'shadows builtin in class body'
    used = len
    def m(self):
        return len('builtin visible in method')
print(ClassVarShadow.used, ClassVarShadow().m())
class Deleting:
    temp = 1
    kept = temp + 1
    del temp
print(hasattr(Deleting, 'temp'), Deleting.kept)
def make_class(val):
    class Made:
        attr = val
        def get(self):
            return val
    return Made
M1, M2 = make_class(1), make_class(2)
print(M1.attr, M2.attr, M1().get(), M2().get(), M1 is M2)
