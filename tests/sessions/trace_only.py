class Box:
    def __init__(self, width, height):
        self.width, self.height = width, height

    def grow(self, step):
        self.width += step
        return self

    def __repr__(self):
        return f"Box({self.width}x{self.height})"


class Secret:
    def __repr__(self):
        raise RuntimeError("no repr")


def area(box):
    return box.width * box.height


def hide(values):
    return [Secret(), values]


box = Box(2, 3)
print(area(box.grow(1)), len(hide(list(range(1000)))), "é" * 50 == hide("é" * 50)[1])
