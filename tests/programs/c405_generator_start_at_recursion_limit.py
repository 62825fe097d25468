# A generator started or resumed at the recursion limit: the RecursionError
# comes out of its frame, which ends (CPython 3.11). A fuzz finding: pyvm
# left it "suspended" at its first instruction, and close() read before its
# code.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs only when the generator ran")


def dive(g, depth=0):
    try:
        return dive(g, depth + 1)
    except RecursionError:
        try:
            return "next gave %s" % next(g)
        except RecursionError:
            return "RecursionError"


def rest(g):
    try:
        return next(g)
    except StopIteration:
        return "finished"


unstarted = numbers()
print(dive(unstarted), rest(unstarted))
unstarted.close()
print(list(unstarted))

suspended = numbers()
print(next(suspended))
print(dive(suspended), rest(suspended))
