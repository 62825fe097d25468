# frame.f_trace_lines and frame.f_trace_opcodes, set by the trace function
# during the 'call' event. Defaults: f_trace_lines True, f_trace_opcodes
# False. With f_trace_lines = False a frame gets no 'line' events but still
# its 'return'. With f_trace_opcodes = True 'opcode' events arrive for the
# instructions of the frame; how many depends on the bytecode, so runs of
# 'opcode' events at one line are shown as one entry. A 'line' event is
# followed by 'opcode' events at the same line, and the lines seen in
# 'opcode' events are exactly the lines seen in 'line' events.
import sys

events = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'call':
        events.append(('defaults', name, frame.f_trace_lines, frame.f_trace_opcodes))
        if name == 'no_lines':
            frame.f_trace_lines = False
        if name in ('with_opcodes', 'caller', 'opcodes_only'):
            frame.f_trace_opcodes = True
        if name == 'opcodes_only':
            frame.f_trace_lines = False
    record = (event, name, frame.f_lineno)
    if event != 'opcode' or events[-1] != record:
        events.append(record)
    return tracer


def no_lines():
    a = 1
    b = 2
    return a + b


def with_opcodes(n):
    total = 0
    for i in range(n):
        total += i
    return total


def caller():
    return with_opcodes(2)


def opcodes_only():
    x = 10
    return x


sys.settrace(tracer)
results = [no_lines(), caller(), opcodes_only()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)

for name in ('with_opcodes', 'caller', 'opcodes_only'):
    line_lines = {r[2] for r in events if r[0] == 'line' and r[1] == name}
    opcode_lines = {r[2] for r in events if r[0] == 'opcode' and r[1] == name}
    print(name, 'line events at', sorted(line_lines), 'opcode events at', sorted(opcode_lines))

followed = all(events[i + 1][:3] == ('opcode',) + events[i][1:3]
               for i in range(len(events)) if events[i][0] == 'line'
               and events[i][1] in ('with_opcodes', 'caller'))
print('every line event followed by an opcode event at that line:', followed)
