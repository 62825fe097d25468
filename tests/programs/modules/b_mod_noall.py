# helper module for b028: without __all__, "import *" binds every name not starting with an underscore
import math as _math_alias
import sys
alpha = 'alpha'
beta = [1, 2]
_hidden = 'hidden'


def gamma():
    return 'gamma'


class Delta:
    pass


def uses_alias():
    return _math_alias.floor(2.5)
