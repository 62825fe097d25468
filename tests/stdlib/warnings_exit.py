# Warnings issued at exit, when no Python code runs: the filters still
# apply ("sys", line 1), and what is shown is printed once.
import warnings


async def shown():
    pass


async def quiet():
    pass


warnings.filterwarnings("ignore", message="coroutine 'quiet'")
a = shown()
b = shown()
c = quiet()
print("end")
