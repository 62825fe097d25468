# dis.dis writes one listing per code object to sys.stdout or file=; the
# same listing whichever way the code object is reached.
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
    result = dis.dis(x, file=out)
    assert result is None
    return out.text()


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


text = listing(fib)
print(len(text) > 0, text.endswith('\n'))
print(text == listing(fib.__code__))
print('fib' in text)

# Through sys.stdout, looked up at the call.
saved = sys.stdout
sys.stdout = Collect()
dis.dis(fib)
captured = sys.stdout.text()
sys.stdout = saved
print(captured == text)

# A file= leaves stdout alone.
out = Collect()
dis.dis(fib, file=out)
print(out.text() == text)


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


account = Account(10)
print(listing(account.deposit) == listing(Account.deposit) == listing(Account.deposit.__code__))
print(listing(account.deposit) != listing(Account.__init__))


def squares(n):
    for i in range(n):
        yield i * i


print(listing(squares(3)) == listing(squares))

# Nested code objects are part of the listing of the code that holds them.
def outer():
    def inner():
        return 42
    return inner


print('42' in listing(outer), '42' in listing(outer()))

# Source text: an expression when it is one, statements otherwise.
print(listing('a + 1') == listing(compile('a + 1', '<dis>', 'eval')))
print(listing('x = 1\ny = x') == listing(compile('x = 1\ny = x', '<dis>', 'exec')))
print('total' in listing('total = 0'))

# show_code prints code_info and a newline.
out = Collect()
dis.show_code(fib, file=out)
print(out.text() == dis.code_info(fib) + '\n')
