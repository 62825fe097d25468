# uncaught exception raised "from None" inside an except block: only the last exception is printed, no chaining text
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError('unknown key %r' % (key,)) from None


print(lookup({'a': 1}, 'a'))
lookup({'a': 1}, 'zz')
