# A traceback's tb_next can be assigned (unittest cuts its own frames off
# a failure's traceback this way): another traceback or None; a loop,
# another type, or deleting it is an error.
import sys


def inner():
    raise ValueError('x')


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__

names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)

second = tb.tb_next
third = second.tb_next
tb.tb_next = third
print(tb.tb_next is third, tb.tb_next.tb_frame.f_code.co_name)
tb.tb_next = None
print(tb.tb_next)

for value in (1, 'tb', tb):
    try:
        tb.tb_next = value
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
second.tb_next = third
tb.tb_next = second
try:
    third.tb_next = tb
except ValueError as error:
    print(type(error).__name__, error)
try:
    del tb.tb_next
except TypeError as error:
    print(type(error).__name__, error)
print(tb.tb_next is second, second.tb_next is third, third.tb_next)

# The traceback printed after the cut.
try:
    outer()
except ValueError as e:
    e.__traceback__.tb_next = None
    sys.excepthook(type(e), e, e.__traceback__)
