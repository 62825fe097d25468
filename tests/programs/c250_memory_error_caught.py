# Allocations too big for the machine raise MemoryError, which the program
# catches; it then goes on as before.
def attempt(label, make):
    try:
        make()
        print(label, 'succeeded')
    except MemoryError as e:
        print(label, type(e).__name__, e.args)


attempt('str repeat', lambda: 'a' * 2**39)
attempt('bytes repeat', lambda: b'ab' * 2**39)
attempt('list repeat', lambda: [0, 1] * 2**39)
attempt('format width', lambda: format(1, '>1000000000000'))
attempt('format float width', lambda: format(1.5, '<1000000000000'))
attempt('str.format width', lambda: '{:>1000000000000}'.format('x'))
attempt('shift', lambda: 1 << 2**40)
attempt('str join', lambda: ''.join(['a' * 2**20] * 2**20))

# Everything still works afterwards.
squares = [n * n for n in range(10)]
print(squares, sum(squares), 'ok' * 3, 2 ** 100)
try:
    raise MemoryError('by hand')
except MemoryError as e:
    print(repr(e))
