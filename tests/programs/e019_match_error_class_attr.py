# Compile-time error: the same attribute appears twice among the keyword
# sub-patterns of a class pattern.
print("this line never runs")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


match Point(1, 2):
    case Point(x=1, y=2, x=3):
        print("matched")
