# import failures: ModuleNotFoundError messages and .name, ImportError for missing names (path-free parts only), failed module not cached
import sys
sys.path.insert(0, 'modules')
for stmt in ['import nope', 'import nope.sub', 'import b_pkg.nope', 'from nope import x', 'import b_mod_basic.child']:
    try:
        if stmt == 'import nope':
            import nope
        elif stmt == 'import nope.sub':
            import nope.sub
        elif stmt == 'import b_pkg.nope':
            import b_pkg.nope
        elif stmt == 'from nope import x':
            from nope import x
        else:
            import b_mod_basic.child
    except ModuleNotFoundError as e:
        print(stmt, '->', type(e).__name__, '|', e, '|', e.name, '|', isinstance(e, ImportError))
try:
    from b_mod_basic import zz
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])
try:
    from b_pkg import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(' (')[0])
for attempt in range(2):
    try:
        import b_mod_fails
    except ValueError as e:
        print('attempt', attempt, 'ValueError:', e, '| cached:', 'b_mod_fails' in sys.modules)
try:
    import b_mod_basic.greet
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print('b_mod_basic' in sys.modules)
try:
    __import__('also_missing')
except ImportError as e:
    print(type(e).__name__, e.name)
m = __import__('b_pkg.sub')
print(m.__name__, __import__('math').floor(1.5))
