# Subclasses of exceptions: custom __init__ (with and without super().__init__),
# __new__, args, __str__, keyword arguments, per-type __new__ checks, attributes
# of SyntaxError/StopIteration/SystemExit/ImportError subclasses, and an uncaught
# subclass instance.
def show(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__, repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

class E(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, msg='m'):
        self.code = code
        self.msg = msg
class WithInitSuper(Exception):
    def __init__(self, code, msg='m'):
        super().__init__(msg)
        self.code = code
class WithStr(ValueError):
    def __str__(self):
        return 'custom str'
class WithNew(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, 'from new', *args)
        self.extra = 1
        return self
class WithNewInit(Exception):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)
    def __init__(self, *args, key=None):
        super().__init__(*args)
        self.key = key
class KE(KeyError):
    pass
class Args(Exception):
    def __init__(self, a, b):
        self.args = (a + b,)
show('E', lambda: E(1, 2))
show('E args', lambda: E(1, 2).args)
show('E str', lambda: str(E(1, 2)))
show('E str1', lambda: str(E('one')))
show('E str0', lambda: str(E()))
show('E kw', lambda: E(x=1))
show('Exception kw', lambda: Exception(x=1))
show('ValueError kw', lambda: ValueError(x=1))
show('WithInit', lambda: WithInit(5))
show('WithInit args', lambda: WithInit(5).args)
show('WithInit args kw', lambda: WithInit(5, msg='q').args)
show('WithInit str', lambda: str(WithInit(5, 'hi')))
show('WithInit attrs', lambda: (WithInit(5).code, WithInit(5).msg))
show('WithInitSuper', lambda: (WithInitSuper(5, 'z').args, str(WithInitSuper(5, 'z')), WithInitSuper(5).code))
show('WithStr', lambda: (str(WithStr('a')), repr(WithStr('a')), WithStr('a').args))
show('WithNew', lambda: (WithNew(2).args, WithNew(2).extra))
show('WithNewInit', lambda: (WithNewInit(1, key='k').args, WithNewInit(1, key='k').key))
show('KE', lambda: (str(KE('k')), repr(KE('k')), str(KE())))
show('Args', lambda: (Args(1, 2).args, str(Args(1, 2))))
show('Exception.__new__(E)', lambda: Exception.__new__(E, 1, 2))
show('Exception.__new__(E).args', lambda: Exception.__new__(E, 1, 2).args)
show('BaseException.__new__(E)', lambda: BaseException.__new__(E))
show('Exception.__new__(int)', lambda: Exception.__new__(int))
show('ValueError.__new__(KeyError)', lambda: ValueError.__new__(KeyError, 'x'))
show('Exception.__init__', lambda: (lambda e: (Exception.__init__(e, 9, 8), e.args)[1])(E(1)))
show('setting args', lambda: (lambda e: (setattr(e, 'args', [1, 2]), e.args)[1])(E()))
show('setting args gen', lambda: (lambda e: (setattr(e, 'args', (x for x in 'ab')), e.args)[1])(E()))
show('del args', lambda: (lambda e: (delattr(e, 'args'), e.args)[1])(E()))
show('attr', lambda: (lambda e: (setattr(e, 'q', 1), e.__dict__)[1])(E()))
show('isinstance', lambda: (isinstance(KE(), LookupError), issubclass(KE, Exception)))
def raising():
    try:
        raise WithInit(42, 'boom')
    except WithInit as e:
        return (e.code, e.msg, e.args, str(e))
show('raise WithInit', raising)
def raising2():
    try:
        raise WithStr
    except ValueError as e:
        return (type(e).__name__, str(e), e.args)
show('raise class', raising2)
class Multi(KeyError, ValueError):
    pass
show('Multi', lambda: Multi('x'))
class LayoutMix(ValueError, OSError):
    pass
show('Layout mix', lambda: LayoutMix)
show('E repr', lambda: repr(E('a', 'b')))
show('E with_traceback', lambda: E().with_traceback(None))
class Slotted(Exception):
    __slots__ = ('a',)
show('Slotted', lambda: (lambda e: (setattr(e, 'a', 1), e.a, e.__dict__)[2])(Slotted()))
class StopSub(StopIteration):
    pass
show('StopSub value', lambda: StopSub(5).value)
class SE(SyntaxError):
    pass
show('SE', lambda: (SE('m', ('f', 1, 2, 'txt')).lineno, str(SE('m'))))
class UE(UnicodeDecodeError):
    pass
show('UE', lambda: str(UE('utf-8', b'\xff', 0, 1, 'bad')))
class SysExit(SystemExit):
    pass
show('SysExit code', lambda: SysExit(3).code)
class NE(NameError):
    pass
show('NE name', lambda: NE('x', name='y').name)
class AE(AttributeError):
    pass
show('AE', lambda: (AE('x', name='n', obj=1).name, AE('x').obj))
class IE(ImportError):
    pass
show('IE', lambda: (IE('m', name='n', path='p').path, str(IE('m', name='x'))))
show('IE bad kw', lambda: IE('m', foo=1))
class EG(Exception):
    def __init__(self):
        pass
show('EG args', lambda: EG().args)
show('EG str', lambda: str(EG()))
class EG2(Exception):
    def __init__(self, a):
        pass
show('EG2 args', lambda: EG2(5).args)
show('EG2 str', lambda: str(EG2(5)))
show('EG2 kw', lambda: EG2(a=5).args)
class BE(BaseException):
    def __str__(self):
        return 'BE!'
def uncaught_like():
    import sys
    try:
        raise BE()
    except BaseException as e:
        return repr(e), str(e)
show('BE', uncaught_like)
show('E eq', lambda: E(1) == E(1))
raise WithInit(7, 'final')
