# Runs far more instructions than the default 100,000 steps: the trace is cut.
total = 0
for i in range(100000):
    total += i
print(total)
