def area(width, height):
    border = 2
    inner = (width - border) * (height - border)
    return inner


def report(sizes):
    total = 0
    for w, h in sizes:
        total += area(w, h)
    return total


print(report([(4, 5), (6, 6)]))
