# except*: each clause takes the part of the group its types match and
# binds it (always a group: a naked exception is wrapped in
# ExceptionGroup('')); what no clause matches propagates; else and finally.
import sys


def run(label, exception):
    print(label)
    try:
        try:
            raise exception
        except* ValueError as group:
            print("  ValueError clause:", repr(group))
            print("  handled exception is the match:", sys.exc_info()[1] is group, sys.exc_info()[0].__name__)
        except* (TypeError, KeyError) as group:
            print("  TypeError/KeyError clause:", repr(group))
        except* LookupError:
            print("  LookupError clause:", repr(sys.exc_info()[1]))
        else:
            print("  else")
        finally:
            print("  finally")
    except BaseException as escaped:
        print("  escaped:", type(escaped).__name__, repr(escaped))
    print("  handled after:", sys.exc_info())


run("a flat group", ExceptionGroup("flat", [ValueError(1), TypeError(2), IndexError(3), OSError(4)]))
run("nested groups", ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [KeyError(2), ValueError(3)]), OSError(4)]))
run("all handled", ExceptionGroup("all", [ValueError(1), TypeError(2)]))
run("nothing matches", ExceptionGroup("none", [OSError(1), ZeroDivisionError(2)]))
run("a naked ValueError", ValueError("naked"))
run("a naked KeyError", KeyError("naked"))
run("a naked IndexError", IndexError("naked"))
run("a naked unmatched", RuntimeError("naked"))
run("a BaseExceptionGroup", BaseExceptionGroup("base", [ValueError(1), SystemExit(2)]))

print("--- no exception: else and finally")
try:
    print("body")
except* ValueError:
    print("not here")
else:
    print("else")
finally:
    print("finally")

print("--- the naked exception's wrapper")
try:
    raise ValueError("alone")
except* ValueError as group:
    print(type(group).__name__, repr(group), repr(str(group)), group.message == "")
    print(group.args, group.__traceback__, group.__context__, group.__cause__)
    print(group.exceptions[0].__traceback__ is not None)
try:
    raise KeyboardInterrupt()
except* KeyboardInterrupt as group:
    print(type(group).__name__, repr(group))

print("--- a group is split (derived), not wrapped")
original = ExceptionGroup("kept", [ValueError(1)])
try:
    raise original
except* ValueError as group:
    print(repr(group), group is original, group.exceptions[0] is original.exceptions[0])

print("--- the as-name is unbound after the clause")
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as bound:
    print("inside:", repr(bound))
try:
    bound
except NameError as error:
    print(error)


def in_function():
    try:
        raise ExceptionGroup("g", [TypeError(1)])
    except* TypeError as local:
        pass
    try:
        return local
    except UnboundLocalError as error:
        return str(error)


print(in_function())

print("--- clauses run once each, in order")


def each_clause(exception):
    seen = []
    try:
        raise exception
    except* ArithmeticError as g:
        seen.append(("ArithmeticError", [repr(e) for e in g.exceptions]))
    except* ZeroDivisionError as g:
        seen.append(("ZeroDivisionError", [repr(e) for e in g.exceptions]))
    except* Exception as g:
        seen.append(("Exception", [repr(e) for e in g.exceptions]))
    return seen


print(each_clause(ExceptionGroup("order", [ZeroDivisionError(1), OverflowError(2), ValueError(3)])))
print(each_clause(ExceptionGroup("order", [ValueError(3)])))
print(each_clause(ZeroDivisionError("naked")))

print("--- nesting")
try:
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as first:
        print("inner try, ValueError:", repr(first))
        try:
            raise ExceptionGroup("during", [IndexError(4)])
        except* IndexError as second:
            print("nested except*:", repr(second), "handled:", sys.exc_info()[1] is second)
        print("back in the clause, handled:", sys.exc_info()[1] is first)
except* TypeError as outer:
    print("outer try, TypeError:", repr(outer))
except* KeyError as outer:
    print("outer try, KeyError:", repr(outer))

print("--- inside a plain except and a loop")
for n in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(n)] * (n + 1))
    except* ValueError as group:
        for item in group.exceptions:
            if item.args[0] == 1:
                break
            print("item", n, repr(item))
        else:
            print("no break", n)
    if n == 1:
        continue
    print("after", n)
try:
    raise OSError("plain")
except OSError:
    try:
        raise ExceptionGroup("inner", [ValueError(1)])
    except* ValueError as group:
        print("context of the match:", repr(group.__context__))
    print("handled again:", repr(sys.exc_info()[1]))

print("--- in a generator")


def generator():
    try:
        yield 1
        raise ExceptionGroup("gen", [ValueError(1), TypeError(2)])
    except* ValueError as group:
        yield repr(group)
    except* TypeError as group:
        yield repr(group)
    yield "done"


print(list(generator()))


def thrown_into():
    try:
        yield "ready"
    except* KeyError as group:
        yield "caught " + repr(group)


gen = thrown_into()
print(next(gen))
print(gen.throw(ExceptionGroup("thrown", [KeyError("k")])))

print("--- a function returning from the try body and from finally")


def returns():
    try:
        return "from the body"
    except* ValueError:
        pass
    finally:
        print("  finally runs")


print(returns())


def finally_returns():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  ValueError handled")
    finally:
        return "finally swallowed the rest"


print(finally_returns())
