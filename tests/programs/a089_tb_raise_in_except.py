# uncaught exception raised while handling another: both tracebacks with the "During handling" separator
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('no entry for ' + repr(k))


print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'b')
