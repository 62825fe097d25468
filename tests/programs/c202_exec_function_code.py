# exec() and eval() of a function's code object run it as a call without
# arguments: a generator's code makes a generator (exec discards it).
def numbers():
    print("numbers started")
    yield 1
    yield 2


print(exec(numbers.__code__))
made = eval(numbers.__code__)
print(type(made).__name__, list(made))


def echo():
    received = yield "ready"
    print("received", received)


generator = eval(echo.__code__)
print(next(generator))
try:
    generator.send("hello")
except StopIteration:
    print("finished")


def plain():
    print("plain body")
    return 42


print(exec(plain.__code__), eval(plain.__code__))


def needs_argument(x):
    return x


try:
    exec(needs_argument.__code__)
except TypeError as e:
    print("TypeError:", e)
