# Compile-time error: the alternatives of an or-pattern must bind the same
# set of names.
print("this line never runs")


def point(p):
    match p:
        case (0, y) | (x, 0):
            return "on an axis"
        case _:
            return "elsewhere"


print(point((0, 3)))
