# sys.excepthook reports uncaught exceptions when a program replaces it; a
# hook that fails is reported along with the original exception.
import sys

sys.excepthook(ValueError, ValueError("printed by the default hook"), None)
try:
    sys.excepthook(1)
except TypeError as error:
    print(error)
try:
    sys.excepthook(int, 5, None)
except TypeError as error:
    print(error)


def hook(kind, value, traceback):
    print("hook:", kind.__name__, value, traceback.tb_lineno)
    return 1 / 0


sys.excepthook = hook
raise KeyError("lost key")
