# Tracebacks lead to the same frame objects sys._getframe() returns: each
# tb_frame is the frame of the function at that level (an identity, not a
# copy), tb_lineno is the line that was running there, and tb_next goes one
# call deeper. A frame that has finished keeps f_lineno at the line where the
# exception left it, its f_back is its caller's frame, and the traceback
# grows by one entry for each frame the exception passes through.
import sys

frames = {}


def record_frame(name):
    frames[name] = sys._getframe(1)


def bottom():
    record_frame('bottom')
    raise ValueError('from bottom')


def middle():
    record_frame('middle')
    bottom()


def top():
    record_frame('top')
    try:
        middle()
    except ValueError as error:
        here = sys._getframe()
        tb = error.__traceback__
        print('first entry is this frame:', tb.tb_frame is here, tb.tb_lineno)
        walk = []
        while tb is not None:
            frame = tb.tb_frame
            walk.append((frame.f_code.co_name, tb.tb_lineno, frame.f_lineno,
                         frame is frames[frame.f_code.co_name]))
            tb = tb.tb_next
        print(walk)
        innermost = frames['bottom']
        print('f_back chain:', innermost.f_back is frames['middle'],
              frames['middle'].f_back is here, here.f_back.f_code.co_name)
        raise


def length_of_traceback(tb):
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    return count


try:
    top()
except ValueError as error:
    tb = error.__traceback__
    print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print('entries:', length_of_traceback(tb))
    print(tb.tb_next.tb_frame is frames['top'], tb.tb_next.tb_lineno)
    print(type(tb).__name__, type(tb.tb_frame).__name__)


def catch_here():
    try:
        {}['missing']
    except KeyError as error:
        tb = error.__traceback__
        return tb.tb_frame is sys._getframe(), tb.tb_next, tb.tb_lineno


print(catch_here())
