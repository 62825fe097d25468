# Compile-time error: an irrefutable capture pattern that is not the last case
# makes the following cases unreachable. Nothing is printed: the whole file
# fails to compile.
print("this line never runs")


def describe(value):
    match value:
        case 0:
            return "zero"
        case other:
            return "something else: " + repr(other)
        case 1:
            return "one"


print(describe(0))
