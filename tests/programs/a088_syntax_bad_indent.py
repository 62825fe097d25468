# a file that fails to compile with IndentationError (unexpected indent); nothing is printed
def f():
    x = 1
        y = 2
    return x + y
print(f())
