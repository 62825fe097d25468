def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def squares(limit):
    for k in range(limit):
        yield k * k


print(fact(3), sum(squares(2)))
