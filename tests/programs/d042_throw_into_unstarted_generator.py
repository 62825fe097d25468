# An exception thrown into a generator that never started is raised in its
# frame on its def line: the traceback has that entry, as in CPython 3.11.
def gen():
    value = 1
    yield value


it = gen()
try:
    it.throw(KeyError('k'))
except KeyError as error:
    tb = error.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(list(it))
closed = gen()
closed.close()
print(list(closed))
