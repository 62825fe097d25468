# helper submodule for b029
print('b_pkg.sub: executing, __name__ =', __name__)
SUB_VALUE = 'from sub'


def shared_function():
    return 'shared_function defined in ' + __name__
