# An iterator's own next() called again from inside the code it runs: the
# __getitem__ iterator, reversed() and iter(callable, sentinel) exhausted
# re-entrantly stay exhausted and never touch what they dropped.

class Sequence:
    depth = 0

    def __getitem__(self, i):
        if i == 0 and Sequence.depth == 0:
            Sequence.depth = 1
            try:
                next(it)
            except StopIteration:
                print("inner stop")
            Sequence.depth = 0
            return 'first'
        raise IndexError


it = iter(Sequence())
print(next(it))
print(list(it))


class Reversible:
    depth = 0

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if Reversible.depth == 0:
            Reversible.depth = 1
            print("inner", list(r))
            Reversible.depth = 0
        if i >= 2:
            raise IndexError
        return i


r = reversed(Reversible())
print(next(r), list(r))


def make_callable():
    state = {'n': 0}

    def f():
        state['n'] += 1
        if state['n'] == 1:
            try:
                print("inner", next(ci))
            except StopIteration:
                print("inner stop")
            return 'a'
        return 'stop'
    return f


ci = iter(make_callable(), 'stop')
try:
    print(next(ci))
except StopIteration:
    print("outer stop: the result of a call that exhausted the iterator is dropped")
print(list(ci))


class Shrinking:
    def __init__(self):
        self.items = [1, 2, 3]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if i == 1:
            self.items.clear()
        return self.items[i]


print(list(iter(Shrinking())))
print(list(reversed(Shrinking())))
