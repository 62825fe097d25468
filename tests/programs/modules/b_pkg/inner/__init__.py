# helper subpackage for b029
print('b_pkg.inner/__init__: executing')
