this first line is not Python (-x skips it; the lines keep their numbers)
import sys
print(sys.argv)
try:
    raise ValueError
except ValueError as error:
    print("raised on line", error.__traceback__.tb_lineno)
