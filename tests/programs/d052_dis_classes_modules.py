# dis.dis of a class or module: each function, method, code object or
# class among its members, in name order, as "Disassembly of NAME:", its
# listing and a blank line; members that cannot be disassembled get "Sorry:".
import dis
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


def listing(x):
    out = Collect()
    dis.dis(x, file=out)
    return out.text()


class Shape:
    sides = 0
    label = 'shape'

    def area(self):
        return 0

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def unit():
        return 1

    @property
    def name(self):
        return self.label

    class Meta:
        def describe(self):
            return 'meta'

    def __repr__(self):
        return 'Shape()'


text = listing(Shape)
print([line for line in text.splitlines() if line.startswith('Disassembly of ')])

expected = ''
for name in ['Meta', '__repr__', 'area', 'make', 'unit']:
    member = Shape.__dict__[name]
    expected += 'Disassembly of ' + name + ':\n' + listing(member) + '\n'
print(text == expected)
print(listing(Shape.__dict__['Meta']) == 'Disassembly of describe:\n' + listing(Shape.Meta.describe) + '\n')

# A class with nothing to disassemble prints nothing.
class Empty:
    x = 1


print(repr(listing(Empty)))


# Any object with a __dict__ is treated the same way.
class Holder:
    pass


holder = Holder()
holder.action = Shape.area
holder.value = 3
print(listing(holder) == 'Disassembly of action:\n' + listing(Shape.area) + '\n')

# A member that cannot be disassembled.
class Odd:
    counted = classmethod(len)

    def fine(self):
        return 1


print([line for line in listing(Odd).splitlines()
       if line.startswith(('Disassembly of', 'Sorry'))])

# A module: its functions and classes (this one's among them).
def helper():
    return 'help'


names = [line[len('Disassembly of '):-1]
         for line in listing(sys.modules[__name__]).splitlines()
         if line.startswith('Disassembly of ')]
print(names)

# A class that holds itself recurses until the recursion limit.
class Loop:
    pass


Loop.again = Loop
try:
    listing(Loop)
except RecursionError:
    print('RecursionError')
