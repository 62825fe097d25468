# A frame that an exception left keeps its local variables in its frame
# object, which the traceback holds: their __del__ runs when the exception
# is gone, after the except block, as in CPython.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def fails():
    local = Noisy('local')
    raise ValueError('boom')


try:
    fails()
except ValueError as e:
    print('caught', e)
    print('locals kept:', e.__traceback__.tb_next.tb_frame.f_locals['local'].name)
print('after')
