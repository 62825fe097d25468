# random seeded with ints, floats, str and bytes: every function and its
# errors, with the same numbers as CPython (the Mersenne Twister and the
# same algorithms); DeprecationWarnings for float arguments as 3.11.
import random
random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print(random.choice("abcdefg"), random.choice([1, 2, 3]))
deck = list(range(20)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 8))
print(random.sample(["a", "b", "c"], 2, counts=[3, 1, 2]))
print(random.choices("xyz", k=5), random.choices("xyz", weights=[5, 1, 1], k=5), random.choices("xyz", cum_weights=[1, 2, 10], k=4))
print(random.uniform(1, 3), random.triangular(), random.triangular(0, 10, 2))
print(random.gauss(), random.gauss(5, 2), random.normalvariate(), random.lognormvariate(0, 1))
print(random.expovariate(2.0), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(3.0, 1.5), random.betavariate(2, 3))
print(random.paretovariate(3.0), random.weibullvariate(1.0, 1.5))
print(random.getrandbits(70), random.randbytes(6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
for s in ["hello", b"bytes", bytearray(b"ba"), 3.25, -99, 2**200, ""]:
    random.seed(s)
    print(repr(s), random.random())
random.seed("hello", version=1); print(random.random())
r = random.Random(7)
print(r.random(), r.randint(0, 10 ** 30))
class Custom(random.Random):
    def random(self):
        return 0.5
print(Custom().randrange(100), Custom().choice("abc"))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: random.choice([]))
show(lambda: random.randrange(0))
show(lambda: random.randrange(5, 1))
show(lambda: random.randrange(0, 10, 0))
show(lambda: random.randrange(1.5))
show(lambda: random.randrange(3.0))
show(lambda: random.randrange(0, 10, 2.5))
show(lambda: random.sample({1, 2}, 1))
show(lambda: random.sample([1, 2], 3))
show(lambda: random.choices("ab", [1, 2, 3]))
show(lambda: random.choices("ab", [0, 0]))
show(lambda: random.choices("ab", 3))
show(lambda: random.choices("ab", weights=[1, 1], cum_weights=[1, 2]))
show(lambda: random.gammavariate(-1, 1))
show(lambda: random.seed([1, 2]))
show(lambda: random.setstate((9, (), None)))
show(lambda: random.getrandbits(-1))
show(lambda: random.Random().seed({}))
show(lambda: random.randrange(1, 2, 3, 4))
print(isinstance(r, random.Random), random.Random.__mro__[1].__name__, random.Random.VERSION)
