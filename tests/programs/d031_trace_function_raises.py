# An exception raised inside a trace function turns tracing off
# (sys.gettrace() is None afterwards, the frame's f_trace is cleared) and
# propagates into the traced code at the point of the event, where it can be
# caught like any other exception. Raised from a 'call' event it comes out of
# the call before the callee's body runs; raised from a 'line' event it
# comes out of that line before the line runs.
import sys

events = []
failed_frames = []


def failing_on_call(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    if event == 'call' and frame.f_code.co_name == 'target':
        raise RuntimeError('tracer failed on call')
    return failing_on_call


def failing_on_line(frame, event, arg):
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    if event == 'line' and frame.f_lineno == 37:
        failed_frames.append(frame)
        raise LookupError('tracer failed on line')
    return failing_on_line


def target():
    events.append('target body ran')
    return 'target'


def steps():
    global reached
    reached = 1
    reached = 2
    reached = 3
    return 'steps'


def call_target():
    try:
        return target()
    except RuntimeError as error:
        return 'caught ' + type(error).__name__ + ': ' + str(error)


sys.settrace(failing_on_call)
first = call_target()
after_first = sys.gettrace()
sys.settrace(None)

reached = 0
sys.settrace(failing_on_line)
try:
    second = steps()
except LookupError as error:
    second = 'caught ' + type(error).__name__ + ': ' + str(error)
after_second = sys.gettrace()
sys.settrace(None)

for record in events:
    print(*record) if isinstance(record, tuple) else print(record)
print(first)
print('gettrace after first failure:', after_first)
print(second)
print('reached', reached)
print('gettrace after second failure:', after_second)
print('f_trace of the frame whose line event failed:', failed_frames[0].f_trace)
