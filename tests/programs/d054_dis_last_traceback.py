# dis.dis() with no argument disassembles where the last uncaught exception
# was raised: the innermost frame of sys.last_traceback.
import dis
import sys


class Collect:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def text(self):
        return ''.join(self.parts)


table = {'a': 1}


def lookup(key):
    return table[key]


def outer(key):
    return lookup(key) + 1


try:
    outer('b')
except KeyError as e:
    sys.last_traceback = e.__traceback__

out = Collect()
dis.dis(file=out)
expected = Collect()
dis.dis(lookup, file=expected)
# CPython marks the instruction that raised with "-->"; pyvm's listing has no marker.
print(out.text().replace('-->', '   ') == expected.text())
print('table' in out.text())
