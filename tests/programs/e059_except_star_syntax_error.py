# A program whose try statement mixes except and except*: the whole file
# fails to compile, so nothing is printed; the SyntaxError points at the
# `except*` (exit status 1).
print("this line never runs")


def handle(group):
    try:
        raise group
    except ValueError:
        print("a ValueError")
    except* TypeError as matched:
        print("TypeErrors:", matched)


handle(ExceptionGroup("eg", [TypeError(1)]))
