# sys.settrace 'line' events in loops: the 'for' line repeats once per
# iteration and once more when the iterator is exhausted; 'while True' reports
# its line on every iteration; break/continue; nested loops; a loop whose body
# sits on the loop's own line (the line repeats: a jump backwards to the start
# of a line is a new 'line' event even when the line does not change).
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    events.append(tuple(record))
    return tracer


def for_range():
    total = 0
    for i in range(3):
        total += i
    return total


def while_break_continue():
    n = 0
    while True:
        n += 1
        if n == 2:
            continue
        if n >= 3:
            break
    return n


def nested():
    pairs = []
    for i in range(2):
        for j in range(2):
            pairs.append((i, j))
    return len(pairs)


def same_line():
    total = 0
    for i in range(3): total += i
    return total


def while_condition():
    k = 3
    while k > 0:
        k -= 1
    return k


sys.settrace(tracer)
results = [for_range(), while_break_continue(), nested(), same_line(), while_condition()]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
