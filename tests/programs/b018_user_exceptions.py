# user exception hierarchies: catching by base, custom __init__/__str__/__repr__, extra attributes, args handling, exceptions as values
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason='invalid'):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return 'config key %r is %s' % (self.key, self.reason)
class NetworkError(AppError):
    def __init__(self, host, retries=3):
        self.host = host
        self.retries = retries
class Timeout(NetworkError):
    pass
for exc in [AppError('generic'), ConfigError('port'), ConfigError('host', 'missing'), NetworkError('example.org'), Timeout('slow.host', 5)]:
    try:
        raise exc
    except Timeout as e:
        print('Timeout', e.host, e.retries, repr(str(e)), e.args)
    except NetworkError as e:
        print('NetworkError', e.host, repr(e), e.args)
    except ConfigError as e:
        print('ConfigError', e, '|', repr(e), '|', e.args, e.key)
    except AppError as e:
        print('AppError', e, repr(e))
print([c.__name__ for c in Timeout.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<custom>'
print(repr(WithRepr('x')), str(WithRepr('x')), [WithRepr()])
class Coded(Exception):
    code = 500
    def __init__(self, message, code=None):
        super().__init__(message)
        if code is not None:
            self.code = code
errs = [Coded('server'), Coded('missing', 404)]
print([(str(e), e.code) for e in errs], Coded.code)
def risky(n):
    if n == 0:
        raise ConfigError('zero')
    if n < 0:
        raise Timeout('neg')
    return n
results = []
for n in [1, 0, -1, 2]:
    try:
        results.append(risky(n))
    except AppError as e:
        results.append(type(e).__name__)
print(results)
saved = None
try:
    raise ConfigError('saved')
except ConfigError as e:
    saved = e
print(type(saved).__name__, saved, saved.__traceback__ is not None)
try:
    raise saved
except AppError as e:
    print('re-raised saved instance:', e is saved)
class NoArgs(Exception):
    def __init__(self):
        pass
e = NoArgs()
print(repr(e), e.args, repr(str(e)))
class StrFails(Exception):
    def __str__(self):
        return 'custom str: ' + ','.join(map(str, self.args))
print(str(StrFails(1, 2)), repr(StrFails(1, 2)))
class MultiBase(KeyError, AppError):
    pass
try:
    raise MultiBase('both')
except LookupError as e:
    print('MultiBase caught as LookupError', isinstance(e, AppError), str(e))
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print('TypeError:', e)
try:
    raise AppError
except AppError as e:
    print('raised class directly:', repr(e))
class BaseCustom(BaseException):
    pass
try:
    try:
        raise BaseCustom('skips Exception handlers')
    except Exception:
        print('wrong')
except BaseCustom as e:
    print('BaseCustom:', e)
exc_types = (ConfigError, NetworkError)
try:
    raise Timeout('t')
except exc_types as e:
    print('tuple variable caught', type(e).__name__)
