def countdown(n):
    while n > 0:
        yield n
        n -= 1


total = 0
for value in countdown(3):
    total += value
print(total)
