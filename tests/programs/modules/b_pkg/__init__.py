# helper package for b029: package __init__ runs once, before any submodule
print('b_pkg/__init__: executing, __name__ =', __name__)
PKG_NAME = 'b_pkg'
from .sub import shared_function
