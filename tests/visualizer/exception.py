def inner(x):
    return 10 // x


def outer(x):
    y = inner(x)
    return y


print("start")
outer(0)
