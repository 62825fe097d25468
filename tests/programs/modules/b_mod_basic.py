# helper module for b027/b030: prints on import so caching is visible
print('b_mod_basic: executing module body, __name__ =', __name__)
VALUE = 42
_private = 'underscore name'
counter = 0


def greet(name):
    return 'hello, ' + name


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    kind = 'thing'

    def describe(self):
        return 'a ' + self.kind + ' from ' + __name__


if __name__ == '__main__':
    print('never printed when imported')
