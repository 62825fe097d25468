def divide(a, b):
    ratio = a / b
    return ratio


def run(pairs):
    out = []
    for a, b in pairs:
        out.append(divide(a, b))
    return out


print(run([(1, 2), (3, 0)]))
