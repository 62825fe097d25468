# Keyword arguments whose names are built at run time (not interned) bind
# as the literal ones do: to parameters, **kwargs, and the same errors.
def f(a, b=2, *, c=3, **rest):
    return a, b, c, sorted(rest.items())
print(f(1, c=5, zz=9, **{"b": 7}))
print(f(**{"a": 1, "c" + "": 4, "".join(["d", "d"]): 5}))
name = "".join(["b"])
print(f(1, **{name: 8}))
try:
    f(1, **{"".join(["a"]): 2})
except TypeError as e:
    print(e)
def g(x, /, y):
    return x, y
try:
    g(**{"".join("x"): 1, "y": 2})
except TypeError as e:
    print(e)
