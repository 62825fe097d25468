# A tiny program for pyvm --profile=opcodes: the counts are deterministic.
def add(a, b):
    return a + b


total = 0
for i in range(3):
    total = add(total, i)
print(total)
