# Code after a return is compiled but never runs: a loop and an `if` there
# get no jump back and no implicit `return None`, so the code object closes
# with one of its own. Found by the compiler fuzzer: the code jumped past
# its end, which the verifier refuses (with the optimizer off, or before it
# runs). Compiled with -X opt=0 too, and written to .pvc and loaded back.
def after_return(x):
    return x * 2
    for i in range(2):
        pass
    if x:
        print("never")


def after_raise(items):
    if not items:
        raise ValueError("empty")
    return items[0]
    while items:
        items.pop()


def after_break():
    for i in range(3):
        break
        while True:
            pass
    return i


print(after_return(21))
print(after_raise([5, 6]))
try:
    after_raise([])
except ValueError as e:
    print("ValueError:", e)
print(after_break())
