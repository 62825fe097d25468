# A trace function may change the traced frame's variables through
# f_locals, as debuggers do; the change sticks. f_trace_opcodes adds
# "opcode" events (only their count and lines are printed: offsets differ).
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name != 'target':
        return None
    if event == 'line' and frame.f_lineno == 21:
        frame.f_locals['x'] = 100
    if event == 'call':
        frame.f_trace_opcodes = True
    if event == 'opcode':
        opcode_lines.add(frame.f_lineno)
    return tracer


def target():
    x = 1
    y = x + 1
    return x, y


opcode_lines = set()
sys.settrace(tracer)
print(target())
sys.settrace(None)
print(sorted(opcode_lines))
print(sys.gettrace(), sys.getprofile())
