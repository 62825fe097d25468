# lambdas (defaults, immediate calls, in data structures, sort keys), recursion (mutual, deep-ish), RecursionError from unbounded recursion
square = lambda x: x * x
print(square(7), (lambda: 'no args')(), (lambda a, b=2: a * b)(3), (lambda *a: sum(a))(1, 2, 3), (lambda **k: k)(q=1))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
print(sorted(['ccc', 'a', 'bb'], key=lambda s: -len(s)), list(map(lambda x: x % 3, range(6))), list(filter(lambda s: s, ['', 'x', 0, 'y'])))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda: (yield))  and 'lambda with yield is a generator function')
print(square.__name__, (lambda: 0).__name__)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(0), fact(1), fact(20), fact(30))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10, 'A', 'B', 'C', [])), hanoi(2, 'A', 'B', 'C', []))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('recursion')
    print(type(e).__name__, isinstance(e, RuntimeError))
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6]]]))
def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append(items[i:i + 1] + rest)
    return result
print(permutations('abc'), len(permutations([1, 2, 3, 4])))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(15)])
def make_recursive_lambda():
    f = lambda n: 1 if n == 0 else n * f(n - 1)
    return f
print(make_recursive_lambda()(10))
def mutual_bad():
    return mutual_bad2()
def mutual_bad2():
    return mutual_bad()
try:
    mutual_bad()
except RecursionError:
    print('mutual recursion')
print('still running after recursion errors:', fact(5))
