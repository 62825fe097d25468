# Not a test module (its name does not match test*.py): discovery only
# imports it through test_alpha.


def double(n):
    return n * 2
