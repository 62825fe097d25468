def compute(n):
    total = n * 2
    breakpoint()
    total += 1
    return total


print(compute(5))
