# Runs more instructions than --visualize-steps=2000 keeps: the trace is cut.
total = 0
for i in range(100000):
    total += i
print(total)
