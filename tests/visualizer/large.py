# Runs far more instructions than a page keeps: the trace is cut.
total = 0
for i in range(100000):
    total += i
print(total)
