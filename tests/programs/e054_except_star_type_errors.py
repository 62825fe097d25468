# except*: the types a clause may name. Exception groups are refused
# (TypeError: use except), as are non-exception classes; the error replaces
# the exception being handled, which becomes its __context__. The program
# ends with such an uncaught TypeError (traceback on stderr, status 1).
import sys


def attempt(label, clause_type):
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* clause_type:
            print("  handled?")
    except TypeError as error:
        print(label, "->", error)
        print("   context:", repr(error.__context__))
    print("   handled after:", sys.exc_info()[1])


class MyGroup(ExceptionGroup):
    pass


attempt("ExceptionGroup", ExceptionGroup)
attempt("BaseExceptionGroup", BaseExceptionGroup)
attempt("a subclass", MyGroup)
attempt("in a tuple", (ValueError, ExceptionGroup))
attempt("an int", 3)
attempt("a class", int)
attempt("in a tuple", (ValueError, str))
attempt("an instance", ValueError())
attempt("a nested tuple", (ValueError, (TypeError,)))

print("--- a refused type in a later clause")
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("first clause ran")
    except* ExceptionGroup:
        print("not here")
except TypeError as error:
    print(error, "| context:", repr(error.__context__))

print("--- no exception: the types are never evaluated")
try:
    pass
except* ExceptionGroup:
    pass
print("fine")

print("--- except (not except*) catches groups")
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except ExceptionGroup as group:
    print("caught", repr(group))


def handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass


handler()
