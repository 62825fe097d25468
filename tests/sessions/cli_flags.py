# What python3's options change, as the program sees them (cli_* sessions).
import sys


def documented():
    "a docstring -OO removes"


print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.flags.dev_mode, sys.flags.ignore_environment)
print(sys.warnoptions, sys._xoptions)
print(__debug__, documented.__doc__)
assert False, "-O compiles asserts away"
print(sys.argv)
