# sys.settrace 'line' events through if/elif/else chains: only the tested
# conditions and the taken branch report lines ('else:' itself never does); a
# false 'if' with no else jumps straight to the next statement; a conditional
# expression spread over three lines reports its condition's line, then the
# chosen value's line, then the assignment's first line for the store.
import sys

events = []


def tracer(frame, event, arg):
    record = [event, frame.f_code.co_name, frame.f_lineno]
    if event == 'return':
        record.append(arg)
    events.append(tuple(record))
    return tracer


def classify(n):
    if n < 0:
        kind = 'negative'
    elif n == 0:
        kind = 'zero'
    elif n < 10:
        kind = 'small'
    else:
        kind = 'large'
    return kind


def no_else(flag):
    result = 'start'
    if flag:
        result = 'flagged'
    return result


def conditional_expression(x):
    label = ('even'
             if x % 2 == 0
             else 'odd')
    return label


def boolean_chain(a, b):
    if a and b:
        return 'both'
    if a or b:
        return 'one'
    return 'neither'


sys.settrace(tracer)
results = [classify(-1), classify(0), classify(5), classify(50),
           no_else(False), no_else(True), conditional_expression(3),
           boolean_chain(1, 0), boolean_chain(0, 0)]
sys.settrace(None)

for record in events:
    print(*record)
print(results)
