# Compile-time error: the same name is bound twice in one pattern.
print("this line never runs")


def same_pair(pair):
    match pair:
        case [x, x]:
            return "both equal " + repr(x)
        case _:
            return "different"


print(same_pair([1, 1]))
